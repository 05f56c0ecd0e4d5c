using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>What a payment method supports (<c>features</c>).</summary>
public sealed class PaymentMethodFeatures : PaymentEntity
{
    /// <summary>Whether it can pay recurring (subscription) invoices.</summary>
    [JsonPropertyName("recurring")]
    public bool Recurring { get; set; }

    /// <summary>Whether its payments can be refunded.</summary>
    [JsonPropertyName("refund")]
    public bool Refund { get; set; }

    /// <summary>Whether its payments can be disputed.</summary>
    [JsonPropertyName("dispute")]
    public bool Dispute { get; set; }
}
