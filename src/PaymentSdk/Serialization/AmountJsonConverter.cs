using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// Reads an <see cref="Amount"/> from a JSON string (or, leniently, an integer number token, taken
/// as its exact text) and writes it back as a string, as Payment Kit does.
/// </summary>
internal sealed class AmountJsonConverter : JsonConverter<Amount>
{
    public override bool HandleNull => true;

    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            // A required amount sent as null reads as zero rather than failing the whole answer.
            JsonTokenType.Null => Amount.Zero,
            JsonTokenType.String => Amount.FromWire(RepeatedStrings.Read(ref reader)),
            // The raw token text, not a double: a number above 2^53 must not lose digits.
            JsonTokenType.Number => Amount.FromWire(JsonText.RawNumber(ref reader)),
            _ => throw new JsonException($"Expected an amount as a string, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
