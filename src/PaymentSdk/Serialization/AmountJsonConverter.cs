using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// Reads an <see cref="Amount"/> from a JSON string (or, leniently, an integer number token, taken
/// as its exact text) and writes it back as a string, as Payment Kit does. Text that is not an integer of at most
/// <see cref="Amount.MaxDigits"/> digits (<c>"12.50"</c>, <c>1e3</c>) is refused here, while the answer is read, so
/// that the serializer names the field; an amount that was read never fails later.
/// </summary>
internal sealed class AmountJsonConverter : JsonConverter<Amount>
{
    private const int MaxTokenBytes = (Amount.MaxDigits + 1) * 6;

    public override bool HandleNull => true;

    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            // A required amount sent as null reads as zero rather than failing the whole answer.
            JsonTokenType.Null => null,
            // Longer than any amount could be even with every digit escaped (\u0031): refused before it becomes a string.
            JsonTokenType.String or JsonTokenType.Number when reader.HasValueSequence || reader.ValueSpan.Length > MaxTokenBytes
                => throw new JsonException($"An amount of {(reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length)} characters is longer than the {Amount.MaxDigits} digits an amount may have."),
            JsonTokenType.String => RepeatedStrings.Read(ref reader),
            // The raw token text, not a double: a number above 2^53 must not lose digits.
            JsonTokenType.Number => JsonText.RawNumber(ref reader),
            _ => throw new JsonException($"Expected an amount as a string, got {reader.TokenType}."),
        };
        if (text is null) return Amount.Zero;
        return Amount.TryFromWire(text, out var amount, out var reason) ? amount : throw new JsonException(reason + ".");
    }

    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
