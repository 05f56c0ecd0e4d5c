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

    // The seconds DateTimeOffset can hold: 0001-01-01 to 9999-12-31.
    private const long MinSeconds = -62135596800;
    private const long MaxSeconds = 253402300799;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var seconds)) return FromSeconds(seconds);
                var fractional = reader.GetDouble();
                if (double.IsNaN(fractional) || fractional < MinSeconds || fractional > MaxSeconds) throw OutOfRange(JsonText.RawNumber(ref reader));
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(fractional * 1000));
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrEmpty(text)) return null;
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fromText))
                    return FromSeconds(fromText);
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                    return date;
                throw new JsonException($"'{Shorten(text!)}' is not a Unix time in seconds.");
            default:
                throw new JsonException($"Expected a Unix time in seconds, got {reader.TokenType}.");
        }
    }

    private static DateTimeOffset FromSeconds(long seconds) =>
        seconds is >= MinSeconds and <= MaxSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : throw OutOfRange(seconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>A value outside the years 1 to 9999: a JSON error, so that the serializer names the field.</summary>
    private static JsonException OutOfRange(string value) =>
        new($"{Shorten(value)} is not a Unix time in seconds between year 1 and year 9999.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteNumberValue(value.Value.ToUnixTimeSeconds());
    }
}
