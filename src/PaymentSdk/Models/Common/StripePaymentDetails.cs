using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A Stripe payment in <see cref="PaymentDetails"/>: the Stripe objects behind it.</summary>
public sealed class StripePaymentDetails : PaymentEntity
{
    /// <summary>ID of the Stripe payment intent.</summary>
    [JsonPropertyName("payment_intent_id")]
    public string? PaymentIntentId { get; set; }

    /// <summary>ID of the Stripe setup intent.</summary>
    [JsonPropertyName("setup_intent_id")]
    public string? SetupIntentId { get; set; }

    /// <summary>ID of the Stripe subscription.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary>ID of the Stripe customer.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>ID of the Stripe refund.</summary>
    [JsonPropertyName("refund_id")]
    public string? RefundId { get; set; }

    /// <summary>ID of the Stripe payment method.</summary>
    [JsonPropertyName("payment_method_id")]
    public string? PaymentMethodId { get; set; }
}
