using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// A price's amount in one payment currency (the schema's <c>PriceCurrency</c>): one entry of
/// <see cref="Price.CurrencyOptions"/>.
/// </summary>
public sealed class PriceCurrencyOption : PaymentEntity
{
    /// <summary>ID of the payment currency this option prices in.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>The unit amount in that currency, in its smallest unit.</summary>
    [JsonPropertyName("unit_amount")]
    public Amount UnitAmount { get; set; }

    /// <summary>The tiers in that currency for a tiered price, or null.</summary>
    [JsonPropertyName("tiers")]
    public List<PriceTier>? Tiers { get; set; }

    /// <summary>The pay-what-you-want settings in that currency, or null.</summary>
    [JsonPropertyName("custom_unit_amount")]
    public CustomUnitAmount? CustomUnitAmount { get; set; }
}
