using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A credit grant with its customer, currency and payment method included.</summary>
/// <remarks>Its <c>object</c> field (<c>"credit_grant"</c>) is <see cref="CreditGrant.Object"/>.</remarks>
public sealed class CreditGrantExpanded : CreditGrant
{
    /// <summary>The customer the credit was granted to. Null when the server omitted it.</summary>
    [JsonPropertyName("customer")]
    public Customer? Customer { get; set; }

    /// <summary>The credit currency granted. Null when the server omitted it.</summary>
    [JsonPropertyName("paymentCurrency")]
    public PaymentCurrency? PaymentCurrency { get; set; }

    /// <summary>The payment method of the credit currency. Null when the server omitted it.</summary>
    [JsonPropertyName("paymentMethod")]
    public PaymentMethod? PaymentMethod { get; set; }

    /// <summary>
    /// The items the grant was bought with: the server sends a <c>LineItem[]</c> array (price IDs
    /// and quantities), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("items")]
    public JsonElement? Items { get; set; }
}
