using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A coupon: a fixed amount or a percentage taken off what a customer pays.</summary>
public class Coupon : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the coupon.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the coupon exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Whether the coupon is locked against changes.</summary>
    [JsonPropertyName("locked")]
    public bool Locked { get; set; }

    /// <summary>The fixed amount taken off, in the currency's smallest unit, for a fixed-amount coupon.</summary>
    [JsonPropertyName("amount_off")]
    public Amount AmountOff { get; set; }

    /// <summary>The percentage taken off (0 to 100), for a percentage coupon.</summary>
    [JsonPropertyName("percent_off")]
    public decimal PercentOff { get; set; }

    /// <summary>ID of the payment currency of <see cref="AmountOff"/>.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>
    /// How long the discount lasts on a subscription: <c>forever</c>, <c>once</c>,
    /// <c>repeating</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("duration")]
    public string Duration { get; set; } = string.Empty;

    /// <summary>For a <c>repeating</c> coupon, how many months the discount lasts.</summary>
    [JsonPropertyName("duration_in_months")]
    public int DurationInMonths { get; set; }

    /// <summary>The coupon's name, shown to customers.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>A description of the coupon.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Key-value data attached to the coupon, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>
    /// What the coupon applies to: the server sends an untyped object (the product IDs it is
    /// limited to), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("applies_to")]
    public JsonElement? AppliesTo { get; set; }

    /// <summary>
    /// The fixed amount off in other currencies: the server sends an untyped object keyed by
    /// currency ID, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("currency_options")]
    public JsonElement? CurrencyOptions { get; set; }

    /// <summary>How many times the coupon may be redeemed in total, if limited.</summary>
    [JsonPropertyName("max_redemptions")]
    public long? MaxRedemptions { get; set; }

    /// <summary>The last time the coupon may be redeemed, in UTC.</summary>
    [JsonPropertyName("redeem_by")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? RedeemBy { get; set; }

    /// <summary>How many times the coupon has been redeemed.</summary>
    [JsonPropertyName("times_redeemed")]
    public long? TimesRedeemed { get; set; }

    /// <summary>Whether the coupon can still be redeemed.</summary>
    [JsonPropertyName("valid")]
    public bool? Valid { get; set; }

    /// <summary>
    /// Where the coupon was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;

    /// <summary>When the coupon was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the coupon was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
