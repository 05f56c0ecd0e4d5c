using System;
using System.Net;
using System.Text;
using System.Text.Json;

namespace PaymentSdk.Errors;

/// <summary>
/// Turns an error answer of Payment Kit into the typed exception for its status. The server's text is read in one
/// linear pass over at most <see cref="MaxParsedBytes"/> bytes of the body, with no regular expression, so that
/// no body, however large or crafted, costs more than microseconds; every text taken from it is cut to
/// <see cref="MaxMessageLength"/> characters.
/// </summary>
internal static class ApiErrorResponse
{
    /// <summary>The most characters of a server's message (or code) kept; longer ones end in "…".</summary>
    public const int MaxMessageLength = 500;

    /// <summary>How much of an error body is looked at for its message: the messages Payment Kit and proxies send are far shorter.</summary>
    public const int MaxParsedBytes = 64 * 1024;

    public static PaymentApiException ToException(HttpStatusCode status, ReadOnlySpan<byte> body, string method, string path)
    {
        var (message, code) = ReadMessage(body);
        var rawBody = BodyStart(body, PaymentApiException.MaxRawBodyLength);
        return (int)status switch
        {
            400 => new PaymentInvalidRequestException(status, message, code, rawBody, method, path),
            401 => new PaymentAuthenticationException(status, message, code, rawBody, method, path),
            403 => new PaymentPermissionException(status, message, code, rawBody, method, path),
            404 => new PaymentNotFoundException(status, message, code, rawBody, method, path),
            409 => new PaymentConflictException(status, message, code, rawBody, method, path),
            429 => new PaymentRateLimitException(status, message, code, rawBody, method, path),
            >= 500 and <= 599 => new PaymentServerException(status, message, code, rawBody, method, path),
            _ => new PaymentApiException(status, message, code, rawBody, method, path),
        };
    }

    /// <summary>
    /// The first <paramref name="maxChars"/> characters of a body as text (invalid UTF-8 shown as U+FFFD), decoding no
    /// more of it than those characters can take.
    /// </summary>
    public static string BodyStart(ReadOnlySpan<byte> body, int maxChars)
    {
        // A character takes at most four bytes of UTF-8: this many bytes hold at least maxChars characters, when the body has them.
        var bytes = body.Length <= maxChars * 4 ? body : body.Slice(0, maxChars * 4);
        var text = Utf8(bytes);
        return text.Length <= maxChars ? text : text.Substring(0, maxChars);
    }

    /// <summary>
    /// The server's message and code from any of the shapes Payment Kit and its proxies send:
    /// <c>{"error":"..."}</c>, <c>{"code":"...","error":"..."}</c>,
    /// <c>{"error":{"message":"...","code":"..."}}</c>, <c>{"message":"..."}</c>, or text/HTML.
    /// </summary>
    public static (string? Message, string? Code) ReadMessage(ReadOnlySpan<byte> body)
    {
        var complete = body.Length <= MaxParsedBytes;
        var prefix = complete ? body : body.Slice(0, MaxParsedBytes);
        var start = FirstNonSpace(prefix);
        if (start < 0) return (null, null);
        if (prefix[start] is (byte)'{' or (byte)'"' && TryReadJson(prefix.Slice(start), complete, out var found)) return found;
        return (FromText(Utf8(prefix)), null);
    }

    /// <summary>Reads the message and code of a JSON body; false when it is not JSON after all (read as text then).</summary>
    private static bool TryReadJson(ReadOnlySpan<byte> prefix, bool complete, out (string? Message, string? Code) found)
    {
        found = (null, null);
        var reader = new Utf8JsonReader(prefix, isFinalBlock: complete, state: default);
        string? message = null, code = null, topMessage = null, topCode = null;
        try
        {
            if (!reader.Read()) return !complete && (found = (PartialString(prefix, 0), null)).Message is not null;
            if (reader.TokenType == JsonTokenType.String)
            {
                found = (Clean(StringValue(ref reader)), null);
                return true;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Known(ref reader);
                var nameEnd = (int)reader.BytesConsumed;
                if (!reader.Read())
                {
                    // The prefix ends inside this value: a long message is still worth its first characters.
                    var partial = name is Field.None ? null : PartialString(prefix, nameEnd);
                    if (name is Field.Error or Field.Message) message ??= partial;
                    else if (name is Field.Code) topCode ??= partial;
                    break;
                }
                if (name == Field.Error && reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!ReadErrorObject(ref reader, prefix, ref message, ref code)) break;
                }
                else if (name == Field.Error) message = Scalar(ref reader);
                else if (name == Field.Message) topMessage = Scalar(ref reader);
                else if (name == Field.Code) topCode = Scalar(ref reader);
                else if (!reader.TrySkip()) break;
            }
        }
        catch (JsonException)
        {
            // Malformed where the whole body was seen: it is text that merely starts like JSON.
            if (complete) return false;
        }
        found = (message ?? topMessage, code ?? topCode);
        return true;
    }

    /// <summary>Reads <c>{"message": ..., "code": ...}</c>; false when the prefix ends inside it.</summary>
    private static bool ReadErrorObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> prefix, ref string? message, ref string? code)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth) return true;
            var name = Known(ref reader);
            var nameEnd = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                if (name == Field.Message) message ??= PartialString(prefix, nameEnd);
                return false;
            }
            if (name == Field.Message) message = Scalar(ref reader);
            else if (name == Field.Code) code = Scalar(ref reader);
            else if (!reader.TrySkip()) return false;
        }
        return false;
    }

    private enum Field { None, Error, Message, Code }

    private static Field Known(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("error"u8) ? Field.Error
        : reader.ValueTextEquals("message"u8) ? Field.Message
        : reader.ValueTextEquals("code"u8) ? Field.Code
        : Field.None;

    /// <summary>A string, number or boolean as text; null (and skipped) for anything else.</summary>
    private static string? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return Clean(StringValue(ref reader));
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                return Clean(Utf8(reader.ValueSpan));
            default:
                reader.TrySkip();
                return null;
        }
    }

    /// <summary>The current string token, unescaped (invalid UTF-8 as U+FFFD, never an exception), at most a message's length.</summary>
    private static string StringValue(ref Utf8JsonReader reader) => Unescape(reader.ValueSpan, MaxMessageLength + 1);

    /// <summary>The start of a string value that begins at or after <paramref name="from"/> and that the prefix cuts off; null when there is none.</summary>
    private static string? PartialString(ReadOnlySpan<byte> prefix, int from)
    {
        var i = from;
        while (i < prefix.Length && (IsSpace(prefix[i]) || prefix[i] == (byte)':')) i++;
        if (i >= prefix.Length || prefix[i] != (byte)'"') return null;
        return Clean(Unescape(prefix.Slice(i + 1), MaxMessageLength + 1));
    }

    /// <summary>
    /// The text of JSON string content (escaped, without its quotes), up to its closing quote or the end, and at most
    /// <paramref name="maxChars"/> characters: one pass, so a cut-off or huge string costs no more than its start.
    /// </summary>
    private static string Unescape(ReadOnlySpan<byte> escaped, int maxChars)
    {
        // Room for the last character written: an escape writes up to four bytes at once.
        var bytes = new byte[Math.Min(escaped.Length, maxChars * 4) + 4];
        var length = 0;
        for (var i = 0; i < escaped.Length && length < bytes.Length - 4; i++)
        {
            var b = escaped[i];
            if (b == (byte)'"') break;
            if (b != (byte)'\\')
            {
                bytes[length++] = b;
                continue;
            }
            if (++i >= escaped.Length) break;
            switch (escaped[i])
            {
                case (byte)'n': bytes[length++] = (byte)'\n'; break;
                case (byte)'t': bytes[length++] = (byte)'\t'; break;
                case (byte)'r': bytes[length++] = (byte)'\r'; break;
                case (byte)'b': bytes[length++] = (byte)'\b'; break;
                case (byte)'f': bytes[length++] = (byte)'\f'; break;
                case (byte)'u':
                    if (i + 4 >= escaped.Length || !TryHex(escaped.Slice(i + 1, 4), out var code)) return Utf8(bytes.AsSpan(0, length));
                    i += 4;
                    var chars = new[] { (char)code, '\0' };
                    var count = 1;
                    // A character beyond the BMP comes as two escapes, a high and a low surrogate: one character.
                    if (char.IsHighSurrogate(chars[0]) && i + 6 < escaped.Length && escaped[i + 1] == (byte)'\\' && escaped[i + 2] == (byte)'u'
                        && TryHex(escaped.Slice(i + 3, 4), out var low) && char.IsLowSurrogate((char)low))
                    {
                        chars[1] = (char)low;
                        count = 2;
                        i += 6;
                    }
                    length += Encoding.UTF8.GetBytes(chars, 0, count, bytes, length);
                    break;
                default: bytes[length++] = escaped[i]; break;
            }
        }
        var text = Utf8(bytes.AsSpan(0, length));
        return text.Length <= maxChars ? text : text.Substring(0, maxChars);
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            var nibble = d is >= (byte)'0' and <= (byte)'9' ? d - '0'
                : d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10
                : d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10
                : -1;
            if (nibble < 0) return false;
            value = value * 16 + nibble;
        }
        return true;
    }

    /// <summary>A text or HTML body's message: an HTML page's title, else its text without tags.</summary>
    private static string? FromText(string body)
    {
        var text = body.TrimStart();
        if (text.StartsWith("<", StringComparison.Ordinal))
        {
            text = Title(text) ?? WithoutTags(text);
            text = WebUtility.HtmlDecode(text);
        }
        return Clean(text);
    }

    /// <summary>The text of the first <c>&lt;title&gt;</c> element, found by plain searches (each linear); null when there is none.</summary>
    private static string? Title(string html)
    {
        var open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0) return null;
        var start = html.IndexOf('>', open);
        if (start < 0) return null;
        var end = html.IndexOf("</title", start, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? null : html.Substring(start + 1, end - start - 1);
    }

    /// <summary>The text with every <c>&lt;...&gt;</c> replaced by a space, in one pass.</summary>
    private static string WithoutTags(string html)
    {
        var text = new StringBuilder(Math.Min(html.Length, MaxParsedBytes));
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                if (c == '>') inTag = false;
            }
            else if (c == '<')
            {
                inTag = true;
                text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>White space runs folded to one space, trimmed, cut to <see cref="MaxMessageLength"/>; null when nothing is left.</summary>
    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var folded = new StringBuilder(Math.Min(text.Length, MaxMessageLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (folded.Length + (space ? 2 : 1) > MaxMessageLength) return folded.Append('…').ToString();
            if (space) folded.Append(' ');
            space = false;
            folded.Append(c);
        }
        return folded.Length == 0 ? null : folded.ToString();
    }

    private static int FirstNonSpace(ReadOnlySpan<byte> body)
    {
        var i = body.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        while (i < body.Length && IsSpace(body[i])) i++;
        return i < body.Length ? i : -1;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static string Utf8(ReadOnlySpan<byte> bytes) =>
#if NET
        Encoding.UTF8.GetString(bytes);
#else
        Encoding.UTF8.GetString(bytes.ToArray());
#endif
}
