using System;
using System.Text;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Percent-encoding exactly as JavaScript's <c>encodeURIComponent</c> does, as payment-js writes its
/// query strings: everything but <c>A-Z a-z 0-9 - _ . ! ~ * ' ( )</c> is encoded as upper-case
/// <c>%XX</c> of its UTF-8 bytes. The SDK sends Refit's <see cref="Uri.EscapeDataString"/> escaping,
/// which also encodes <c>! * ' ( )</c>; tests use this one to show that both sign alike.
/// </summary>
public static class UriComponent
{
    private const string Hex = "0123456789ABCDEF";

    /// <param name="value">The text to encode.</param>
    /// <param name="paramName">The caller's parameter, named when the text cannot be encoded.</param>
    /// <exception cref="ArgumentException">The text holds a lone surrogate (JavaScript throws <c>URIError</c> there too).</exception>
    public static string Encode(string value, string paramName)
    {
        var i = 0;
        while (i < value.Length && IsUnescaped(value[i])) i++;
        if (i == value.Length) return value;

        var builder = new StringBuilder(value.Length + 16).Append(value, 0, i);
        var bytes = new byte[4];
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (IsUnescaped(c))
            {
                builder.Append(c);
                continue;
            }
            int count;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                count = Encoding.UTF8.GetBytes(value.ToCharArray(i, 2), 0, 2, bytes, 0);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"The value holds an unpaired surrogate (U+{(int)c:X4}) at index {i}, which cannot be sent in a URL.", paramName);
            }
            else
            {
                count = Encoding.UTF8.GetBytes(new[] { c }, 0, 1, bytes, 0);
            }
            for (var b = 0; b < count; b++)
                builder.Append('%').Append(Hex[bytes[b] >> 4]).Append(Hex[bytes[b] & 0xF]);
        }
        return builder.ToString();
    }

    private static bool IsUnescaped(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            or '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')';
}
