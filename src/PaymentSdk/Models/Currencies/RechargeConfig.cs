using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>How a credit currency is recharged (the schema's <c>RechargeConfig</c>).</summary>
public sealed class RechargeConfig : PaymentEntity
{
    /// <summary>ID of the price a recharge is bought at.</summary>
    [JsonPropertyName("base_price_id")]
    public string BasePriceId { get; set; } = string.Empty;

    /// <summary>ID of the payment link that sells recharges, if any.</summary>
    [JsonPropertyName("payment_link_id")]
    public string? PaymentLinkId { get; set; }

    /// <summary>The URL where a customer recharges, if any.</summary>
    [JsonPropertyName("checkout_url")]
    public string? CheckoutUrl { get; set; }

    /// <summary>The bounds of one recharge, if set.</summary>
    [JsonPropertyName("settings")]
    public RechargeLimits? Settings { get; set; }
}
