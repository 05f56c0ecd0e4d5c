using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>An invoice line item with its price (and the price's product and currency) included.</summary>
public sealed class InvoiceItemExpanded : InvoiceItem
{
    /// <summary>The object type, <c>"invoice_item"</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = string.Empty;

    /// <summary>The price billed. Null when the server omitted it.</summary>
    [JsonPropertyName("price")]
    public PriceExpanded? Price { get; set; }
}
