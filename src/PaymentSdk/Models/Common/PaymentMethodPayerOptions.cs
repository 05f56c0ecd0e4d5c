using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>The payer of one payment method type in <see cref="PaymentMethodOptions"/>.</summary>
public sealed class PaymentMethodPayerOptions : PaymentEntity
{
    /// <summary>The payer: an account address (chains) or a customer ID (Stripe).</summary>
    [JsonPropertyName("payer")]
    public string Payer { get; set; } = string.Empty;

    /// <summary>The hash of the payer's authorization, when the chain has one.</summary>
    [JsonPropertyName("hash")]
    public string? Hash { get; set; }
}
