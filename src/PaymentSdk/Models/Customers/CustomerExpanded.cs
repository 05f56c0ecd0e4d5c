using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A customer with their payments, subscriptions and invoices included: what retrieve, list and search return.</summary>
public sealed class CustomerExpanded : Customer
{
    /// <summary>
    /// The object type. payment-js declares it as <c>"subscription"</c> (a copy-paste in its types); kept as the
    /// server sends it.
    /// </summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>The customer's payment intents. Null when the server omitted them.</summary>
    [JsonPropertyName("payments")]
    public List<PaymentIntent>? Payments { get; set; }

    /// <summary>The customer's subscriptions. Null when the server omitted them.</summary>
    [JsonPropertyName("subscriptions")]
    public List<Subscription>? Subscriptions { get; set; }

    /// <summary>The customer's invoices. Null when the server omitted them.</summary>
    [JsonPropertyName("invoices")]
    public List<Invoice>? Invoices { get; set; }
}
