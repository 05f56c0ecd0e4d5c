using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// How a credit currency is recharged (<see cref="IPaymentCurrencyService.UpdateRechargeConfigAsync"/>; payment-js's
/// <c>RechargeConfig</c>), sent as the JSON body in this order: <c>base_price_id</c>, <c>payment_link_id</c>,
/// <c>checkout_url</c>, <c>settings</c>.
/// </summary>
public class PaymentCurrencyRechargeConfigOptions
{
    /// <summary>The price a recharge is bought at; required.</summary>
    [JsonPropertyName("base_price_id")]
    public string? BasePriceId { get; set; }

    /// <summary>The payment link that sells recharges.</summary>
    [JsonPropertyName("payment_link_id")]
    public string? PaymentLinkId { get; set; }

    /// <summary>The absolute URL where a customer recharges.</summary>
    [JsonPropertyName("checkout_url")]
    public string? CheckoutUrl { get; set; }

    /// <summary>The bounds of one recharge, sent as JSON numbers.</summary>
    [JsonPropertyName("settings")]
    public RechargeLimits? Settings { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        Internal.Guard.RequiredText(BasePriceId, "A base price id", "options." + nameof(BasePriceId));
        BodyRules.Text(PaymentLinkId, "options." + nameof(PaymentLinkId));
        if (CheckoutUrl is not null && !Uri.TryCreate(CheckoutUrl, UriKind.Absolute, out _))
            throw new ArgumentException($"'{CheckoutUrl}' is not an absolute URL.", "options." + nameof(CheckoutUrl));
        if (Settings is { MinRechargeAmount: < 0 } or { MaxRechargeAmount: < 0 })
            throw new ArgumentOutOfRangeException("options." + nameof(Settings), "Recharge bounds cannot be negative.");
        if (Settings is { MinRechargeAmount: { } min, MaxRechargeAmount: { } max } && min > max)
            throw new ArgumentException("The smallest recharge is larger than the largest.", "options." + nameof(Settings));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PaymentCurrencyRechargeConfigOptions);
    }
}
