using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Options per payment method type of <see cref="PaymentSettings"/> (the schema's
/// <c>PaymentMethodOptions</c>): who pays, by method type. Options of a type the SDK does not know
/// are kept in <see cref="PaymentEntity.ExtensionData"/>.
/// </summary>
public sealed class PaymentMethodOptions : PaymentEntity
{
    /// <summary>Options for ArcBlock payments.</summary>
    [JsonPropertyName("arcblock")]
    public PaymentMethodPayerOptions? ArcBlock { get; set; }

    /// <summary>Options for Ethereum payments.</summary>
    [JsonPropertyName("ethereum")]
    public PaymentMethodPayerOptions? Ethereum { get; set; }

    /// <summary>Options for Base payments.</summary>
    [JsonPropertyName("base")]
    public PaymentMethodPayerOptions? Base { get; set; }

    /// <summary>Options for Stripe payments (a payer only).</summary>
    [JsonPropertyName("stripe")]
    public PaymentMethodPayerOptions? Stripe { get; set; }
}
