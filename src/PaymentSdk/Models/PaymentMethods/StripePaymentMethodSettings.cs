using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Connection settings of a Stripe method. The keys are as the server sends them (Payment Kit
/// stores them encrypted); like every model, this type's <c>ToString()</c> shows none of them.
/// </summary>
public sealed class StripePaymentMethodSettings : PaymentEntity
{
    /// <summary>The URL of the Stripe dashboard.</summary>
    [JsonPropertyName("dashboard")]
    public string? Dashboard { get; set; }

    /// <summary>The Stripe publishable key.</summary>
    [JsonPropertyName("publishable_key")]
    public string? PublishableKey { get; set; }

    /// <summary>The Stripe secret key, as the server sends it.</summary>
    [JsonPropertyName("secret_key")]
    public string? SecretKey { get; set; }

    /// <summary>The Stripe webhook signing secret, as the server sends it.</summary>
    [JsonPropertyName("webhook_signing_secret")]
    public string? WebhookSigningSecret { get; set; }
}
