using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PaymentSdk.Serialization;

/// <summary>Small helpers for reading token text exactly as it was sent.</summary>
internal static class JsonText
{
    /// <summary>The text of the current number token, byte for byte.</summary>
    public static string RawNumber(ref Utf8JsonReader reader)
    {
        var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        return Encoding.UTF8.GetString(bytes);
    }
}
