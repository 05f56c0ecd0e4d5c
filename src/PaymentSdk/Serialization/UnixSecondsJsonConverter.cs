using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// Reads Payment Kit's Unix-seconds time fields (<c>period_start</c>, <c>due_date</c>,
/// <c>expires_at</c>, ...) as <see cref="DateTimeOffset"/> in UTC and writes them back as seconds.
/// A numeric string or an ISO-8601 string is accepted too, so a server change cannot break reading.
/// </summary>
internal sealed class UnixSecondsJsonConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var seconds)
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000));
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrEmpty(text)) return null;
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fromText))
                    return DateTimeOffset.FromUnixTimeSeconds(fromText);
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                    return date;
                throw new JsonException($"'{text}' is not a Unix time in seconds.");
            default:
                throw new JsonException($"Expected a Unix time in seconds, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteNumberValue(value.Value.ToUnixTimeSeconds());
    }
}
