using System;
using System.Text;
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
        switch (reader.TokenType)
        {
            // A required amount sent as null reads as zero rather than failing the whole answer.
            case JsonTokenType.Null:
                return Amount.Zero;
            case JsonTokenType.String or JsonTokenType.Number when !reader.HasValueSequence && !reader.ValueIsEscaped:
                // Checked on the bytes, in one vectorized pass, before any string is made of them.
                if (!Amount.IsAmountText(reader.ValueSpan)) throw Refused(reader.ValueSpan.Length > MaxTokenBytes ? null : Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), reader.ValueSpan.Length);
                // A number's raw token text, not a double: a number above 2^53 must not lose digits.
                return Amount.FromCheckedText(reader.TokenType == JsonTokenType.String ? RepeatedStrings.Read(ref reader) : JsonText.RawNumber(ref reader));
            case JsonTokenType.String or JsonTokenType.Number:
                // Escaped (or in pieces): rare, read as text first, unless longer than any amount could be even with every digit escaped.
                var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (length > MaxTokenBytes) throw Refused(null, length);
                var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : JsonText.RawNumber(ref reader);
                return Amount.TryFromWire(text, out var amount, out var reason) ? amount : throw new JsonException(reason + ".");
            default:
                throw new JsonException($"Expected an amount as a string, got {reader.TokenType}.");
        }
    }

    /// <summary>Why the text is not an amount, named for the serializer to add the field's path to.</summary>
    private static JsonException Refused(string? text, long length) =>
        new((text is null ? $"An amount of {length} characters is longer than the {Amount.MaxDigits} digits an amount may have" : Amount.Invalid(text) ?? $"'{text}' is not an amount") + ".");

    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
