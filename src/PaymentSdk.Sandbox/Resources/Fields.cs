using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Resources;

/// <summary>
/// Reads the fields of a JSON body as Payment Kit's validation (Joi) does, refusing a bad one with 400 and its
/// kind of message (<c>"name" is required</c>, <c>"type" must be one of [service, good, credit]</c>).
/// </summary>
internal static class Fields
{
    /// <summary>Payment Kit's limits on metadata, on every resource that has it.</summary>
    public const int MaxMetadataKeyLength = 40, MaxMetadataValueLength = 500;

    /// <summary>The body as an object; no body reads as an empty one.</summary>
    public static JsonElement Object(JsonElement body) => body.ValueKind switch
    {
        JsonValueKind.Object => body,
        JsonValueKind.Undefined => Empty,
        _ => throw SandboxException.BadRequest("The body must be a JSON object"),
    };

    public static bool Has(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Undefined;

    public static string? String(JsonElement body, string name, bool required = false, int maxLength = int.MaxValue, bool allowEmpty = true)
    {
        if (!Get(body, name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.String) throw SandboxException.BadRequest($"\"{name}\" must be a string");
        var text = value.GetString()!;
        if (!allowEmpty && text.Length == 0) throw SandboxException.BadRequest($"\"{name}\" is not allowed to be empty");
        if (text.Length > maxLength) throw SandboxException.BadRequest($"\"{name}\" length must be less than or equal to {maxLength} characters long");
        return text;
    }

    public static string? OneOf(JsonElement body, string name, string[] allowed, bool required = false)
    {
        var text = String(body, name, required);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
            throw SandboxException.BadRequest($"\"{name}\" must be one of [{string.Join(", ", allowed)}]");
        return text;
    }

    public static bool? Boolean(JsonElement body, string name)
    {
        if (!Get(body, name, required: false, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw SandboxException.BadRequest($"\"{name}\" must be a boolean"),
        };
    }

    public static long? Integer(JsonElement body, string name, long min, long max = long.MaxValue, bool required = false)
    {
        if (!Get(body, name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
            throw SandboxException.BadRequest($"\"{name}\" must be an integer");
        if (number < min) throw SandboxException.BadRequest($"\"{name}\" must be greater than or equal to {min}");
        if (number > max) throw SandboxException.BadRequest($"\"{name}\" must be less than or equal to {max}");
        return number;
    }

    /// <summary>A field read as the model type it is stored as (an address, a recurrence); 400 when its shape is wrong.</summary>
    public static T? As<T>(JsonElement body, string name, JsonTypeInfo<T> typeInfo) where T : class
    {
        if (!Get(body, name, required: false, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        try
        {
            return value.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            throw SandboxException.BadRequest($"\"{name}\" has the wrong shape");
        }
    }

    /// <summary>A list of strings (<c>images</c>, <c>currency_ids</c>).</summary>
    public static List<string>? Strings(JsonElement body, string name, bool required = false)
    {
        if (!Get(body, name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            throw SandboxException.BadRequest($"\"{name}\" must be an array of strings");
        return value.EnumerateArray().Select(item => item.GetString()!).ToList();
    }

    /// <summary>
    /// <c>metadata</c> merged into <paramref name="current"/> (a null value removes its key), or null when the body has
    /// none. Keys over 40 and values over 500 characters are refused, on every resource.
    /// </summary>
    public static Dictionary<string, JsonElement>? Metadata(JsonElement body, Dictionary<string, JsonElement>? current) =>
        MetadataPatch(body) is { } patch ? Merge(current, patch) : null;

    /// <summary>The body's <c>metadata</c>, checked against the limits; null when absent.</summary>
    public static JsonElement? MetadataPatch(JsonElement body)
    {
        if (!Get(body, "metadata", required: false, out var metadata)) return null;
        if (metadata.ValueKind != JsonValueKind.Object) throw SandboxException.BadRequest("\"metadata\" must be of type object");
        foreach (var field in metadata.EnumerateObject())
        {
            if (field.Name.Length > MaxMetadataKeyLength)
                throw SandboxException.BadRequest($"\"metadata\" key \"{field.Name}\" must be at most {MaxMetadataKeyLength} characters long");
            var length = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()!.Length : field.Value.GetRawText().Length;
            if (length > MaxMetadataValueLength)
                throw SandboxException.BadRequest($"\"metadata.{field.Name}\" must be at most {MaxMetadataValueLength} characters long");
        }
        return metadata;
    }

    /// <summary><paramref name="patch"/> merged into <paramref name="current"/>: a null value removes its key.</summary>
    public static Dictionary<string, JsonElement> Merge(Dictionary<string, JsonElement>? current, JsonElement patch)
    {
        var merged = current is null ? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement>(current);
        foreach (var field in patch.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.Null) merged.Remove(field.Name);
            else merged[field.Name] = field.Value.Clone();
        }
        return merged;
    }

    /// <summary>Whether <paramref name="metadata"/> has every key of <paramref name="filters"/> with its value (strings as they are, others as JSON text).</summary>
    public static bool MetadataMatches(Dictionary<string, JsonElement>? metadata, IReadOnlyDictionary<string, string> filters) =>
        filters.All(pair => MetadataText(metadata, pair.Key) == pair.Value);

    public static string? MetadataText(Dictionary<string, JsonElement>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>The <c>previous_attributes</c> of a change: each changed attribute with its old value, as the stored object had it.</summary>
    public static JsonElement Previous<T>(T before, JsonTypeInfo<T> typeInfo, params string[] attributes)
    {
        var old = JsonSerializer.SerializeToElement(before, typeInfo);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, SandboxJson.WriterOptions))
        {
            json.WriteStartObject();
            foreach (var attribute in attributes)
            {
                json.WritePropertyName(attribute);
                if (old.TryGetProperty(attribute, out var value)) value.WriteTo(json);
                else json.WriteNullValue();
            }
            json.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>The names of the body's fields among <paramref name="names"/>: what an update changes.</summary>
    public static string[] Present(JsonElement body, params string[] names) => names.Where(name => Has(body, name)).ToArray();

    private static bool Get(JsonElement body, string name, bool required, out JsonElement value)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) throw SandboxException.BadRequest($"\"{name}\" is required");
        value = default;
        return false;
    }

    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();
}
