using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A product with its prices included: what create, retrieve, update, list and search return.</summary>
public sealed class ProductExpanded : Product
{
    /// <summary>
    /// The object type. payment-js declares it as <c>"price"</c> (a copy-paste in its types); kept as the server sends it.
    /// </summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>The product's prices, each with its currency. Null when the server omitted them.</summary>
    [JsonPropertyName("prices")]
    public List<PriceExpanded>? Prices { get; set; }

    /// <summary>The product's default price. Null when it has none or the server omitted it.</summary>
    [JsonPropertyName("default_price")]
    public PriceExpanded? DefaultPrice { get; set; }
}
