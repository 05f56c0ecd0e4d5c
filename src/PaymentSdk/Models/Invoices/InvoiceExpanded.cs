using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// An invoice with its related objects included: what list and search return for each invoice.
/// </summary>
public class InvoiceExpanded : Invoice
{
    /// <summary>The object type, <c>"invoice"</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = string.Empty;

    /// <summary>The customer billed. Null when the server omitted it.</summary>
    [JsonPropertyName("customer")]
    public Customer? Customer { get; set; }

    /// <summary>The currency the invoice is in. Null when the server omitted it.</summary>
    [JsonPropertyName("paymentCurrency")]
    public PaymentCurrency? PaymentCurrency { get; set; }

    /// <summary>The payment method used for the invoice. Null when the server omitted it.</summary>
    [JsonPropertyName("paymentMethod")]
    public PaymentMethod? PaymentMethod { get; set; }

    /// <summary>The payment intent that collects the invoice. Null when there is none or the server omitted it.</summary>
    [JsonPropertyName("paymentIntent")]
    public PaymentIntent? PaymentIntent { get; set; }

    /// <summary>The subscription the invoice was created for, if any.</summary>
    [JsonPropertyName("subscription")]
    public Subscription? Subscription { get; set; }

    /// <summary>The invoice's line items, each with its price expanded.</summary>
    [JsonPropertyName("lines")]
    public List<InvoiceItemExpanded> Lines { get; set; } = new();
}
