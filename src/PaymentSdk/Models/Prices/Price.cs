using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A price: how much a product costs, and how often it is billed.</summary>
public class Price : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the price.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>ID of the product the price belongs to.</summary>
    [JsonPropertyName("product_id")]
    public string ProductId { get; set; } = string.Empty;

    /// <summary>An internal name for the price, not shown to customers; null when unset.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    /// <summary>Whether the price can be used for new purchases.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the price exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Whether the price is locked against changes.</summary>
    [JsonPropertyName("locked")]
    public bool Locked { get; set; }

    /// <summary>
    /// Whether the price is billed once or repeatedly: <c>one_time</c>, <c>recurring</c>, or another
    /// value the server adds.
    /// </summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>
    /// How the amount is computed: <c>per_unit</c>, <c>tiered</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("billing_scheme")]
    public string BillingScheme { get; set; } = string.Empty;

    /// <summary>The price of one unit, in the currency's smallest unit.</summary>
    [JsonPropertyName("unit_amount")]
    public Amount UnitAmount { get; set; }

    /// <summary>The billing schedule of a recurring price; null for a one-time price.</summary>
    [JsonPropertyName("recurring")]
    public PriceRecurring? Recurring { get; set; }

    /// <summary>
    /// How tiers apply: <c>graduated</c>, <c>volume</c>, another value the server adds, or null
    /// when the price is not tiered.
    /// </summary>
    [JsonPropertyName("tiers_mode")]
    public string? TiersMode { get; set; }

    /// <summary>The tiers of a tiered price, or null.</summary>
    [JsonPropertyName("tiers")]
    public List<PriceTier>? Tiers { get; set; }

    /// <summary>The settings of a pay-what-you-want price, or null.</summary>
    [JsonPropertyName("custom_unit_amount")]
    public CustomUnitAmount? CustomUnitAmount { get; set; }

    /// <summary>A key to look the price up by; null when unset.</summary>
    [JsonPropertyName("lookup_key")]
    public string? LookupKey { get; set; }

    /// <summary>Key-value data attached to the price, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>How the quantity is transformed before billing, or null.</summary>
    [JsonPropertyName("transform_quantity")]
    public TransformQuantity? TransformQuantity { get; set; }

    /// <summary>ID of the payment currency of <see cref="UnitAmount"/>.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>The price in each payment currency it can be paid in.</summary>
    [JsonPropertyName("currency_options")]
    public List<PriceCurrencyOption>? CurrencyOptions { get; set; }

    /// <summary>The price customers are offered to upgrade to, if any.</summary>
    [JsonPropertyName("upsell")]
    public PriceUpsell? Upsell { get; set; }

    /// <summary>When the price was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>
    /// Where the price was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;

    /// <summary>When the price was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>How many units of the price can be sold in total.</summary>
    [JsonPropertyName("quantity_available")]
    public long QuantityAvailable { get; set; }

    /// <summary>How many units have been sold.</summary>
    [JsonPropertyName("quantity_sold")]
    public long QuantitySold { get; set; }

    /// <summary>How many units one checkout may buy.</summary>
    [JsonPropertyName("quantity_limit_per_checkout")]
    public long QuantityLimitPerCheckout { get; set; }

    /// <summary>
    /// Whether the price includes tax: <c>inclusive</c>, <c>exclusive</c>, or another value the
    /// server adds.
    /// </summary>
    [JsonPropertyName("tax_behavior")]
    public string? TaxBehavior { get; set; }

    /// <summary>
    /// Whether the amount is fixed or follows an exchange rate: <c>fixed</c>, <c>dynamic</c>, or
    /// another value the server adds.
    /// </summary>
    [JsonPropertyName("pricing_type")]
    public string PricingType { get; set; } = string.Empty;

    /// <summary>The currency a dynamic price is quoted in (such as <c>USD</c>); null for a fixed price.</summary>
    [JsonPropertyName("base_currency")]
    public string? BaseCurrency { get; set; }

    /// <summary>
    /// The amount of a dynamic price in <see cref="BaseCurrency"/>, in that currency's smallest
    /// unit; null for a fixed price.
    /// </summary>
    [JsonPropertyName("base_amount")]
    public Amount? BaseAmount { get; set; }

    /// <summary>The settings of a dynamically priced price, or null.</summary>
    [JsonPropertyName("dynamic_pricing_config")]
    public DynamicPricingConfig? DynamicPricingConfig { get; set; }
}
