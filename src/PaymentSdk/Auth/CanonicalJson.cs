using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaymentSdk.Auth;

/// <summary>
/// <c>json-stable-stringify</c> of what JavaScript's <c>JSON.parse</c> makes of a JSON text: the text
/// Payment Kit signs and verifies. Values are JavaScript's: objects (keys sorted by UTF-16 code units,
/// the last of duplicate keys winning), arrays, strings (UTF-16, lone surrogates kept), numbers as
/// doubles (<c>12345678901234567890</c> becomes <c>12345678901234567000</c>), booleans and null.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>An empty JavaScript object, <c>{}</c>.</summary>
    public static SortedDictionary<string, object?> NewObject() => new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="utf8Json"/> into JavaScript values, as <c>JSON.parse</c> does.</summary>
    public static object? Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        return ReadValue(ref reader);
    }

    /// <summary>The canonical text of a JavaScript value built from objects, lists, strings, doubles, longs, booleans and null.</summary>
    public static string Stringify(object? value)
    {
        var text = RentBuilder();
        Write(text, value);
        return ReturnBuilder(text);
    }

    [ThreadStatic] private static StringBuilder? t_builder;

    /// <summary>A cleared builder of this thread's (signing is frequent: one builder a thread, not one a signature).</summary>
    public static StringBuilder RentBuilder()
    {
        var builder = t_builder ?? new StringBuilder(512);
        t_builder = null;
        return builder.Clear();
    }

    /// <summary>The builder's text; the builder goes back to this thread unless it grew large.</summary>
    public static string ReturnBuilder(StringBuilder builder)
    {
        var text = builder.ToString();
        Release(builder);
        return text;
    }

    /// <summary>Gives the builder back to this thread, unless it grew large.</summary>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= 8 * 1024) t_builder = builder;
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = NewObject();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = ReadString(ref reader);
                    reader.Read();
                    obj[key] = ReadValue(ref reader);
                }
                return obj;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number:
                // .NET Core 3.0 and later parse with correct rounding, as JavaScript does.
                return double.Parse(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>A string or property name, unescaped to UTF-16 by hand so that a lone surrogate (<c>\ud800</c>) survives as in JavaScript.</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped) return Encoding.UTF8.GetString(raw.ToArray());
        var text = new StringBuilder(raw.Length);
        var runStart = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\') continue;
            text.Append(Encoding.UTF8.GetString(raw.Slice(runStart, i - runStart).ToArray()));
            var escape = (char)raw[++i];
            switch (escape)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(i + 1, 4).ToArray()), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(escape); break; // \" \\ \/
            }
            runStart = i + 1;
        }
        text.Append(Encoding.UTF8.GetString(raw.Slice(runStart).ToArray()));
        return text.ToString();
    }

    /// <summary>Appends the canonical text of a JavaScript value.</summary>
    public static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                WriteString(text, s);
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case double d:
                text.Append(JavaScriptNumber.Format(d));
                break;
            case long l:
                text.Append(JavaScriptNumber.Format(l));
                break;
            case SortedDictionary<string, object?> obj:
                text.Append('{');
                var first = true;
                foreach (var pair in obj)
                {
                    if (!first) text.Append(',');
                    first = false;
                    WriteString(text, pair.Key);
                    text.Append(':');
                    Write(text, pair.Value);
                }
                text.Append('}');
                break;
            case List<object?> list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(text, list[i]);
                }
                text.Append(']');
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} is not a JavaScript value.", nameof(value));
        }
    }

    /// <summary>A string as <c>JSON.stringify</c> writes it: only <c>"</c>, <c>\</c>, control characters and lone surrogates are escaped.</summary>
    public static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(s, i)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }

    private static bool IsLoneSurrogate(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        return false;
    }
}
