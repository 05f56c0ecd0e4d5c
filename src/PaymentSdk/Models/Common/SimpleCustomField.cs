using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A name and value pair shown on an invoice (an entry of <c>custom_fields</c>).</summary>
public sealed class SimpleCustomField : PaymentEntity
{
    /// <summary>The label of the field.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The value shown for the field.</summary>
    [JsonPropertyName("value")]
    public string Value { get; set; } = string.Empty;
}
