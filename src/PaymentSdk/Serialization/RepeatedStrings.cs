using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
#if NET
using System.Buffers.Binary;
using System.Text;
#endif

namespace PaymentSdk.Serialization;

/// <summary>
/// Reads JSON strings so that a string seen a moment ago on this thread is returned again instead of
/// being built anew. An expanded page repeats most of its text — the same customer, currency, method,
/// product and status in every invoice: 20,439 strings with 1,772 distinct values on the benchmark page
/// — and every copy was garbage the collector had to trace.
/// </summary>
/// <remarks>
/// A small direct-mapped table per thread: a slot is chosen from the length and the first and last
/// eight bytes, and a hit is confirmed by comparing every byte, so a collision only costs a miss.
/// Only short ASCII strings without escapes are shared (ids, statuses, names, amounts); anything else is
/// read as <see cref="Utf8JsonReader.GetString"/> reads it. Strings are immutable, so sharing one
/// instance between objects is invisible to callers. What a thread's table keeps reachable is bounded:
/// 1,024 strings of at most 64 characters (about 150 KB), replaced as new ones come. .NET Framework
/// reads every string anew.
/// </remarks>
internal static class RepeatedStrings
{
#if NET
    private const int Slots = 1024; // a power of two
    private const int MaxLength = 64;

    [ThreadStatic]
    private static string?[]? t_slots;
#endif

    /// <summary>The current string token's value, shared with an equal one read before on this thread when possible.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
#if NET
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength) return reader.GetString()!;
        var utf8 = reader.ValueSpan;
        if (utf8.IsEmpty) return string.Empty;
        var slots = t_slots ??= new string?[Slots];
        ref var slot = ref slots[SlotOf(utf8)];
        var shared = slot;
        if (shared is not null && shared.Length == utf8.Length && Ascii.Equals(utf8, shared)) return shared;
        var text = reader.GetString()!;
        // As many chars as bytes means every byte was ASCII, which the comparison above requires.
        if (text.Length == utf8.Length) slot = text;
        return text;
#else
        return reader.GetString()!;
#endif
    }

#if NET
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ReadOnlySpan<byte> utf8)
    {
        ulong hash = (ulong)utf8.Length * 0x9E3779B97F4A7C15;
        if (utf8.Length >= 8)
        {
            hash ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..])) * 0xFF51AFD7ED558CCD;
        }
        else
        {
            foreach (var b in utf8) hash = (hash ^ b) * 0x100000001B3;
        }
        hash ^= hash >> 29;
        return (int)(hash & (Slots - 1));
    }
#endif
}
