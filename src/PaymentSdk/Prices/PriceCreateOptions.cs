using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// A new price (<see cref="IPriceService.CreateAsync"/>), or one of the prices of a new product
/// (<see cref="ProductCreateOptions.Prices"/>), sent as JSON. Unset properties are not sent. Order on the wire:
/// <c>product_id</c>, <c>type</c>, <c>unit_amount</c>, <c>currency_id</c>, <c>recurring</c>, <c>lookup_key</c>,
/// <c>nickname</c>, <c>metadata</c>, <c>billing_scheme</c>, <c>tiers_mode</c>, <c>tiers</c>, <c>custom_unit_amount</c>,
/// <c>quantity_available</c>, <c>quantity_limit_per_checkout</c>.
/// </summary>
public class PriceCreateOptions
{
    /// <summary>The product the price is for; required by <see cref="IPriceService.CreateAsync"/>, left unset in <see cref="ProductCreateOptions.Prices"/>.</summary>
    [JsonPropertyName("product_id")]
    public string? ProductId { get; set; }

    /// <summary><c>one_time</c> or <c>recurring</c> (then set <see cref="Recurring"/>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>
    /// The price of one unit, in token units as a decimal string, such as <c>"9.99"</c>, as payment-js sends it (not in
    /// the smallest unit the answers use); Payment Kit converts it with the currency's decimals. Required unless
    /// <see cref="BillingScheme"/> is <c>tiered</c>.
    /// </summary>
    [JsonPropertyName("unit_amount")]
    public string? UnitAmount { get; set; }

    /// <summary>The payment currency; when unset, Payment Kit's base currency applies.</summary>
    [JsonPropertyName("currency_id")]
    public string? CurrencyId { get; set; }

    /// <summary>The billing interval of a recurring price, such as every 1 <c>month</c>.</summary>
    [JsonPropertyName("recurring")]
    public PriceRecurring? Recurring { get; set; }

    /// <summary>A key unique among prices to find this one by (<see cref="PriceListOptions.LookupKey"/>).</summary>
    [JsonPropertyName("lookup_key")]
    public string? LookupKey { get; set; }

    /// <summary>A name for the price, not shown to customers.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    /// <summary>Key-value data to attach: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary><c>per_unit</c> (the server's default) or <c>tiered</c> (then set <see cref="Tiers"/>).</summary>
    [JsonPropertyName("billing_scheme")]
    public string? BillingScheme { get; set; }

    /// <summary>How tiers apply: <c>graduated</c> or <c>volume</c>.</summary>
    [JsonPropertyName("tiers_mode")]
    public string? TiersMode { get; set; }

    /// <summary>The tiers of a <c>tiered</c> price, as Payment Kit stores them (<see cref="PriceTier"/>).</summary>
    [JsonPropertyName("tiers")]
    public IList<PriceTier>? Tiers { get; set; }

    /// <summary>Lets the customer choose the amount (such as a donation), within its bounds.</summary>
    [JsonPropertyName("custom_unit_amount")]
    public CustomUnitAmount? CustomUnitAmount { get; set; }

    /// <summary>How many units can be sold in all; at least 0.</summary>
    [JsonPropertyName("quantity_available")]
    public int? QuantityAvailable { get; set; }

    /// <summary>The most units one checkout may buy; at least 0.</summary>
    [JsonPropertyName("quantity_limit_per_checkout")]
    public int? QuantityLimitPerCheckout { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        Internal.Guard.RequiredText(ProductId, "A product id", "options." + nameof(ProductId));
        Check("options");
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PriceCreateOptions);
    }

    /// <summary>Checks everything but the product id, naming a bad property as <c>{prefix}.X</c>.</summary>
    internal void Check(string prefix)
    {
        BodyRules.Text(ProductId, prefix + "." + nameof(ProductId));
        BodyRules.Text(Type, prefix + "." + nameof(Type));
        BodyRules.Text(BillingScheme, prefix + "." + nameof(BillingScheme));
        var tiered = BillingScheme == "tiered";
        BodyRules.TokenAmount(UnitAmount, prefix + "." + nameof(UnitAmount), required: !tiered);
        if (tiered && (Tiers is null || Tiers.Count == 0))
            throw new ArgumentException("A tiered price needs at least one tier.", prefix + "." + nameof(Tiers));
        BodyRules.Text(CurrencyId, prefix + "." + nameof(CurrencyId));
        if (Recurring is not null)
        {
            Internal.Guard.RequiredText(Recurring.Interval, "A recurring interval", prefix + "." + nameof(Recurring));
            if (Recurring.IntervalCount < 1)
                throw new ArgumentOutOfRangeException(prefix + "." + nameof(Recurring), Recurring.IntervalCount, "The interval count must be at least 1.");
        }
        BodyRules.Text(LookupKey, prefix + "." + nameof(LookupKey));
        BodyRules.Text(Nickname, prefix + "." + nameof(Nickname));
        BodyRules.Metadata(Metadata, prefix + "." + nameof(Metadata));
        BodyRules.Text(TiersMode, prefix + "." + nameof(TiersMode));
        Internal.Guard.Range(QuantityAvailable, 0, int.MaxValue, prefix + "." + nameof(QuantityAvailable));
        Internal.Guard.Range(QuantityLimitPerCheckout, 0, int.MaxValue, prefix + "." + nameof(QuantityLimitPerCheckout));
    }
}
