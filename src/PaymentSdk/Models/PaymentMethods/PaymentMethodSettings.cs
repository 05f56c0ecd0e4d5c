using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// A payment method's connection settings (the schema's <c>PaymentMethodSettings</c>): the object
/// of the method's <see cref="PaymentMethod.Type"/> is set, the others are null. Settings of a type
/// the SDK does not know are kept in <see cref="PaymentEntity.ExtensionData"/>.
/// </summary>
public sealed class PaymentMethodSettings : PaymentEntity
{
    /// <summary>Settings of a Stripe method.</summary>
    [JsonPropertyName("stripe")]
    public StripePaymentMethodSettings? Stripe { get; set; }

    /// <summary>Settings of an ArcBlock chain method.</summary>
    [JsonPropertyName("arcblock")]
    public ChainPaymentMethodSettings? ArcBlock { get; set; }

    /// <summary>Settings of an Ethereum method.</summary>
    [JsonPropertyName("ethereum")]
    public ChainPaymentMethodSettings? Ethereum { get; set; }

    /// <summary>Settings of a Bitcoin method.</summary>
    [JsonPropertyName("bitcoin")]
    public BitcoinPaymentMethodSettings? Bitcoin { get; set; }

    /// <summary>Settings of a Base method.</summary>
    [JsonPropertyName("base")]
    public ChainPaymentMethodSettings? Base { get; set; }
}
