using System;
using System.Collections.Generic;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace PaymentSdk.Auth;

/// <summary>
/// A Blocklet component signature, as <c>@blocklet/sdk</c> makes it: Ed25519 over the SHA3-256 of the
/// canonical JSON of <c>{iat, exp, body, query, method, url}</c>. Holds the key; never shows it.
/// </summary>
internal sealed class ComponentSigner
{
    /// <summary>How long a signature is valid: <c>exp = iat + 300</c>.</summary>
    public const int LifetimeSeconds = 300;

    private const int SecretKeyBytes = 64;
    private readonly Ed25519Key _key;

    /// <param name="secretKey">0x-prefixed hex of the 64-byte Ed25519 secret key (seed, then public key).</param>
    /// <param name="source">Where the key came from, such as <c>BLOCKLET_APP_SK</c>: named in errors instead of the key.</param>
    public ComponentSigner(string secretKey, string source)
    {
        var bytes = ParseHex(secretKey);
        if (bytes is null || bytes.Length != SecretKeyBytes)
            throw new ArgumentException($"{source} is not an Ed25519 secret key: expected 0x followed by {SecretKeyBytes * 2} hex digits (seed, then public key).", source);
        _key = Ed25519Key.FromSeed(bytes.AsSpan(0, Ed25519Key.SeedSize));
        var publicKey = _key.PublicKey;
        for (var i = 0; i < publicKey.Length; i++)
        {
            if (publicKey[i] != bytes[32 + i])
                throw new ArgumentException($"{source} is not an Ed25519 secret key: its second half is not the public key of its first.", source);
        }
        Array.Clear(bytes, 0, bytes.Length);
    }

    /// <summary>The public key, 0x-prefixed lower-case hex.</summary>
    public string PublicKey => Hex(_key.PublicKey);

    /// <summary>The canonical text signed for one request.</summary>
    /// <param name="iat">Issued at, Unix seconds.</param>
    /// <param name="body">The JSON body as JavaScript values (<see cref="CanonicalJson.Parse"/>), or an empty object.</param>
    /// <param name="query">Every query parameter, decoded, as strings (or lists of strings for repeated names).</param>
    /// <param name="method">The HTTP method, any case.</param>
    /// <param name="path">The path as sent, without the query string.</param>
    public static string Canonical(long iat, object? body, SortedDictionary<string, object?> query, string method, string path) =>
        Canonical(iat, iat + LifetimeSeconds, body, query, method, path);

    /// <summary>The canonical text of a request signed at <paramref name="iat"/> to expire at <paramref name="exp"/>, as a verifier rebuilds it.</summary>
    public static string Canonical(long iat, long exp, object? body, SortedDictionary<string, object?> query, string method, string path)
    {
        var text = CanonicalJson.RentBuilder();
        WriteCanonical(text, iat, exp, body, query, method, path);
        return CanonicalJson.ReturnBuilder(text);
    }

    /// <summary>
    /// <c>{"body":…,"exp":…,"iat":…,"method":…,"query":…,"url":…}</c>, the keys in json-stable-stringify's
    /// order, written straight into <paramref name="text"/> (no object built to be sorted first).
    /// </summary>
    private static void WriteCanonical(StringBuilder text, long iat, long exp, object? body, SortedDictionary<string, object?> query, string method, string path)
    {
        text.Append("{\"body\":");
        CanonicalJson.Write(text, body);
        // Whole seconds print as JavaScript prints them (below 2^53 a double is its integer's digits): no string made.
        text.Append(",\"exp\":").Append(exp);
        text.Append(",\"iat\":").Append(iat);
        text.Append(",\"method\":\"");
        foreach (var c in method) text.Append(char.ToLowerInvariant(c));
        text.Append("\",\"query\":");
        CanonicalJson.Write(text, query);
        text.Append(",\"url\":");
        CanonicalJson.WriteString(text, path);
        text.Append('}');
    }

    /// <summary>
    /// The signature of a request, as <see cref="Sign(string)"/> of its <see cref="Canonical(long, long, object?, SortedDictionary{string, object?}, string, string)"/>
    /// text, without making that text a string: it is hashed from this thread's builder through a pooled buffer.
    /// </summary>
    public string SignRequest(long iat, object? body, SortedDictionary<string, object?> query, string method, string path)
    {
        var text = CanonicalJson.RentBuilder();
        try
        {
            WriteCanonical(text, iat, iat + LifetimeSeconds, body, query, method, path);
            Span<byte> hash = stackalloc byte[32];
            HashInto(text, hash);
            return SignHash(hash);
        }
        finally
        {
            CanonicalJson.Release(text);
        }
    }

    /// <summary>SHA3-256 of the UTF-8 of <paramref name="text"/>, through pooled buffers.</summary>
    private static void HashInto(StringBuilder text, Span<byte> hash)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            text.CopyTo(0, chars, 0, text.Length);
            var count = Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
            HashInto(bytes.AsSpan(0, count), hash);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>SHA3-256 (NIST, not Keccak) of <paramref name="input"/> into <paramref name="hash"/> (32 bytes).</summary>
    private static void HashInto(ReadOnlySpan<byte> input, Span<byte> hash)
    {
#if NET
        // The operating system's SHA3 is several times faster than the managed one, where there is one.
        if (System.Security.Cryptography.SHA3_256.IsSupported)
        {
            System.Security.Cryptography.SHA3_256.HashData(input, hash);
            return;
        }
#endif
        ManagedHash(input, hash);
    }

    /// <summary>SHA3-256 (NIST, not Keccak) of the UTF-8 bytes of <paramref name="canonical"/>.</summary>
    public static byte[] Hash(string canonical)
    {
        var hash = new byte[32];
        HashInto(Encoding.UTF8.GetBytes(canonical), hash);
        return hash;
    }

    /// <summary>SHA3-256 in managed code, for platforms without their own (and to test that both agree).</summary>
    internal static byte[] ManagedHash(byte[] input)
    {
        var hash = new byte[32];
        ManagedHash(input, hash);
        return hash;
    }

    private static void ManagedHash(ReadOnlySpan<byte> input, Span<byte> hash)
    {
        var digest = new Sha3Digest(256);
#if NET
        digest.BlockUpdate(input);
        digest.DoFinal(hash);
#else
        // BouncyCastle's span overloads exist only for .NET (Core) builds.
        digest.BlockUpdate(input.ToArray(), 0, input.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        output.CopyTo(hash);
#endif
    }

    /// <summary>The signature of <paramref name="canonical"/>: 0x-prefixed lower-case hex of 64 bytes.</summary>
    public string Sign(string canonical) => SignHash(Hash(canonical));

    /// <summary>The hex Ed25519 signature of a 32-byte hash.</summary>
    private string SignHash(ReadOnlySpan<byte> hash)
    {
        Span<byte> signature = stackalloc byte[Ed25519Key.SignatureSize];
        _key.Sign(hash, signature);
        return Hex(signature);
    }

    /// <summary>Whether <paramref name="signature"/> (hex) is the Ed25519 signature of <paramref name="canonical"/>'s hash by <paramref name="publicKey"/>.</summary>
    public static bool Verify(string canonical, string signature, byte[] publicKey)
    {
        var signatureBytes = ParseHex(signature);
        return signatureBytes is not null && Ed25519Key.Verify(publicKey, Hash(canonical), signatureBytes);
    }

    /// <summary>0x-prefixed lower-case hex.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes)
    {
        const string digits = "0123456789abcdef";
        Span<char> text = bytes.Length <= 128 ? stackalloc char[2 + bytes.Length * 2] : new char[2 + bytes.Length * 2];
        text[0] = '0';
        text[1] = 'x';
        for (var i = 0; i < bytes.Length; i++)
        {
            text[2 + 2 * i] = digits[bytes[i] >> 4];
            text[3 + 2 * i] = digits[bytes[i] & 0xF];
        }
        return text.ToString();
    }

    /// <summary>Bytes of hex text with or without 0x, or null when it is not hex.</summary>
    public static byte[]? ParseHex(string? text)
    {
        if (text is null) return null;
        var start = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        if ((text.Length - start) % 2 != 0) return null;
        var bytes = new byte[(text.Length - start) / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            var high = HexValue(text[start + 2 * i]);
            var low = HexValue(text[start + 2 * i + 1]);
            if (high < 0 || low < 0) return null;
            bytes[i] = (byte)(high * 16 + low);
        }
        return bytes;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Never the key.</summary>
    public override string ToString() => nameof(ComponentSigner) + " (key hidden)";
}
