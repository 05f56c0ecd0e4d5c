using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A currency or token that a payment method accepts.</summary>
public class PaymentCurrency : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the currency.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>ID of the payment method the currency belongs to.</summary>
    [JsonPropertyName("payment_method_id")]
    public string PaymentMethodId { get; set; } = string.Empty;

    /// <summary>Whether the currency can be used.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the currency exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Whether the currency is locked against changes.</summary>
    [JsonPropertyName("locked")]
    public bool Locked { get; set; }

    /// <summary>Whether this is the base currency of its payment method.</summary>
    [JsonPropertyName("is_base_currency")]
    public bool IsBaseCurrency { get; set; }

    /// <summary>The currency's display name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>A description of the currency.</summary>
    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    /// <summary>URL of the currency's logo.</summary>
    [JsonPropertyName("logo")]
    public string Logo { get; set; } = string.Empty;

    /// <summary>The currency's symbol, such as <c>ABT</c>.</summary>
    [JsonPropertyName("symbol")]
    public string Symbol { get; set; } = string.Empty;

    /// <summary>
    /// How many decimal places the currency has: an amount of 10^<c>decimal</c> in the smallest unit
    /// is one whole unit.
    /// </summary>
    [JsonPropertyName("decimal")]
    public int Decimal { get; set; }

    /// <summary>How many decimal places amounts are shown with, if limited.</summary>
    [JsonPropertyName("maximum_precision")]
    public int? MaximumPrecision { get; set; }

    /// <summary>The smallest amount accepted in one payment, in the currency's smallest unit.</summary>
    [JsonPropertyName("minimum_payment_amount")]
    public Amount MinimumPaymentAmount { get; set; }

    /// <summary>The largest amount accepted in one payment, in the currency's smallest unit.</summary>
    [JsonPropertyName("maximum_payment_amount")]
    public Amount MaximumPaymentAmount { get; set; }

    /// <summary>Address of the token contract on its chain, if any.</summary>
    [JsonPropertyName("contract")]
    public string? Contract { get; set; }

    /// <summary>Key-value data attached to the currency, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>When the currency was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the currency was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When collected funds move to a vault, if configured.</summary>
    [JsonPropertyName("vault_config")]
    public VaultConfig? VaultConfig { get; set; }

    /// <summary>
    /// The kind of currency; known values are in <see cref="PaymentCurrencyType"/>, and the server
    /// may send others.
    /// </summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>How a credit currency is recharged, if it can be.</summary>
    [JsonPropertyName("recharge_config")]
    public RechargeConfig? RechargeConfig { get; set; }

    /// <summary>Token settings of the currency, as raw JSON values; null when the currency has none.</summary>
    [JsonPropertyName("token_config")]
    public Dictionary<string, JsonElement>? TokenConfig { get; set; }

    /// <summary>
    /// Formats an amount of this currency in whole units, exactly (for example
    /// <c>"1500000000000000000"</c> at 18 decimals gives <c>"1.5"</c>), without the symbol.
    /// </summary>
    /// <param name="amount">An amount in this currency's smallest unit.</param>
    /// <returns>The amount in whole units, with trailing zeros removed.</returns>
    /// <exception cref="FormatException">The amount is not an integer.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PaymentCurrency.Decimal"/> is negative.</exception>
    public string FormatAmount(Amount amount) => amount.ToDecimalString(Decimal);
}
