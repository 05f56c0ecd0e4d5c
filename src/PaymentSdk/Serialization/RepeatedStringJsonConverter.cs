using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// The converter of every <see cref="string"/> the SDK reads, values and dictionary keys alike: reads
/// through <see cref="RepeatedStrings"/>, writes as System.Text.Json does.
/// </summary>
internal sealed class RepeatedStringJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? RepeatedStrings.Read(ref reader) : reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RepeatedStrings.Read(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}
