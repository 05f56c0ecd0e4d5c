using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// Reads ISO-8601 dates (<c>created_at</c>, <c>updated_at</c>, ...) and writes them as JavaScript's
/// <c>Date.toJSON()</c> does, which is how Payment Kit sends them (<c>2026-01-01T00:00:00.000Z</c>),
/// so a round trip gives back the same text.
/// </summary>
internal sealed class IsoDateJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string JavaScriptFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)) return value;
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return value;
        throw new JsonException($"Expected an ISO-8601 date, got {(text is null ? reader.TokenType.ToString() : "'" + (text.Length <= 40 ? text : text.Substring(0, 40) + "…") + "'")}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(JavaScriptFormat, CultureInfo.InvariantCulture));
}
