using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A price with its product and currency included.</summary>
public sealed class PriceExpanded : Price
{
    /// <summary>The object type, <c>"price"</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = string.Empty;

    /// <summary>The product the price belongs to. Null when the server omitted it.</summary>
    [JsonPropertyName("product")]
    public Product? Product { get; set; }

    /// <summary>The currency of the price. Null when the server omitted it.</summary>
    [JsonPropertyName("currency")]
    public PaymentCurrency? Currency { get; set; }

    /// <summary>
    /// The usage meter of a metered price: the server sends an untyped meter object, kept as raw
    /// JSON; null when the price is not metered.
    /// </summary>
    [JsonPropertyName("meter")]
    public JsonElement? Meter { get; set; }
}
