using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// How a payment was made, by payment method type (the schema's <c>PaymentDetails</c>), on
/// payment intents, subscriptions and checkout sessions: the object of the method used is set,
/// the others are null. Details of a type the SDK does not know are kept in
/// <see cref="PaymentEntity.ExtensionData"/>.
/// </summary>
public sealed class PaymentDetails : PaymentEntity
{
    /// <summary>An ArcBlock chain payment.</summary>
    [JsonPropertyName("arcblock")]
    public ArcBlockPaymentDetails? ArcBlock { get; set; }

    /// <summary>A Stripe payment.</summary>
    [JsonPropertyName("stripe")]
    public StripePaymentDetails? Stripe { get; set; }

    /// <summary>An Ethereum payment.</summary>
    [JsonPropertyName("ethereum")]
    public EvmPaymentDetails? Ethereum { get; set; }

    /// <summary>A Base payment.</summary>
    [JsonPropertyName("base")]
    public EvmPaymentDetails? Base { get; set; }

    /// <summary>A Bitcoin payment.</summary>
    [JsonPropertyName("bitcoin")]
    public BitcoinPaymentDetails? Bitcoin { get; set; }
}
