using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>One tier of a tiered price (the schema's <c>PriceTier</c>).</summary>
public sealed class PriceTier : PaymentEntity
{
    /// <summary>
    /// A flat charge for the whole tier. The schema sends it as a JSON number (not a string like
    /// other amounts), so it is read as a <see cref="decimal"/>, never through a double.
    /// </summary>
    [JsonPropertyName("flat_amount")]
    public decimal? FlatAmount { get; set; }

    /// <summary>The charge per unit within the tier, in the currency's smallest unit.</summary>
    [JsonPropertyName("unit_amount")]
    public Amount? UnitAmount { get; set; }

    /// <summary>The highest quantity the tier covers; null for the last tier, which has no bound.</summary>
    [JsonPropertyName("up_to")]
    public long? UpTo { get; set; }
}
