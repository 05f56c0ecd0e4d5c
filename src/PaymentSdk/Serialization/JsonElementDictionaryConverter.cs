using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// Reads a JSON object of raw values (<c>metadata</c>, <c>token_config</c>, ...) as one document shared by all of
/// its values. System.Text.Json's own reading gives every <see cref="JsonElement"/> a document of its own:
/// a pooled buffer, a metadata table and two objects per value, for metadata that is mostly a few short strings.
/// </summary>
internal sealed class JsonElementDictionaryConverter : JsonConverter<Dictionary<string, JsonElement>>
{
    public override Dictionary<string, JsonElement>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected an object of values, got {reader.TokenType}.");
        // ParseValue copies the object's bytes into a document that needs no disposing; the elements below share it.
        var document = JsonDocument.ParseValue(ref reader);
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject()) values[property.Name] = property.Value;
        return values;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, JsonElement> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var entry in value)
        {
            writer.WritePropertyName(entry.Key);
            entry.Value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }
}
