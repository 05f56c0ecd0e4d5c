using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A feature listed for a product (the schema's <c>ProductFeature</c>).</summary>
public sealed class ProductFeature : PaymentEntity
{
    /// <summary>The feature's name, as shown to customers.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;
}
