using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PaymentSdk.Internal;

/// <summary>
/// Tells a failure caused by what a server sent apart from a defect of the SDK, for the places that read server
/// data (an answer, a webhook delivery, an event's object): those turn the first kind into a typed error and let
/// the second through unchanged.
/// </summary>
internal static class ServerDataFaults
{
    /// <summary>The <see cref="Exception.Source"/> System.Text.Json gives the failures its input causes (its <c>ThrowHelper</c>'s rethrow mark).</summary>
    private const string SystemTextJsonInputFault = "System.Text.Json.Rethrowable";

    /// <summary>
    /// Whether <paramref name="exception"/>, raised while reading bytes a server sent, is the bytes' fault. Told by
    /// type: text can make a parser fail with <see cref="JsonException"/> (every converter of the SDK reports a bad
    /// value so, naming the field), <see cref="FormatException"/>, <see cref="OverflowException"/> or
    /// <see cref="DecoderFallbackException"/>, or make System.Text.Json fail on the text of a token (invalid UTF-8, an
    /// escaped lone surrogate, a token of another type): an <see cref="InvalidOperationException"/> that System.Text.Json
    /// marks as caused by its input, with the mark by which its serializer turns the same failure into a
    /// <see cref="JsonException"/>. Every other type —
    /// <see cref="ArgumentException"/> and its kin, any other <see cref="InvalidOperationException"/>,
    /// <see cref="NullReferenceException"/>, <see cref="InvalidCastException"/>, <see cref="IndexOutOfRangeException"/>,
    /// <see cref="ObjectDisposedException"/>, <see cref="NotSupportedException"/> — is the misuse of an API, which
    /// no input can cause in correct code: a defect, let through as it is so that it is seen and fixed.
    /// </summary>
    public static bool IsCausedByData(Exception exception) => exception switch
    {
        JsonException or FormatException or OverflowException or DecoderFallbackException => true,
        InvalidOperationException { Source: SystemTextJsonInputFault } or InvalidOperationException { InnerException: DecoderFallbackException } => true,
        _ => false,
    };

    /// <summary>
    /// Where <paramref name="json"/> is not valid UTF-8: the byte offset and the JSON path of the value that holds it
    /// (such as <c>$.list[3].metadata.note</c>); null when all of it is valid. One vectorized pass when it is valid.
    /// </summary>
    public static string? InvalidUtf8(ReadOnlySpan<byte> json)
    {
#if NET
        if (System.Text.Unicode.Utf8.IsValid(json)) return null;
        var offset = 0;
        while (offset < json.Length
            && System.Text.Rune.DecodeFromUtf8(json.Slice(offset), out _, out var consumed) == System.Buffers.OperationStatus.Done)
            offset += consumed;
#else
        int offset;
        try
        {
            StrictUtf8.GetCharCount(json.ToArray());
            return null;
        }
        catch (DecoderFallbackException e)
        {
            offset = Math.Max(0, e.Index);
        }
#endif
        return $"byte {offset} is not valid UTF-8 (in {PathAt(json, offset)})";
    }

#if !NET
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    /// <summary>The JSON path of the token that holds byte <paramref name="offset"/>; <c>$</c> when it cannot be told.</summary>
    private static string PathAt(ReadOnlySpan<byte> json, int offset)
    {
        var frames = new List<Frame>();
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    frames[frames.Count - 1].Name = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                    if (reader.BytesConsumed > offset) break;
                    continue;
                }
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }
                if (frames.Count > 0 && frames[frames.Count - 1].IsArray) frames[frames.Count - 1].Index++;
                if (reader.BytesConsumed > offset) break;
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) frames.Add(new Frame(token == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            // Malformed further on: the path so far is still where the byte is.
        }
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray) path.Append('[').Append(frame.Index).Append(']');
            else if (frame.Name is not null) path.Append('.').Append(frame.Name);
        }
        return path.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
