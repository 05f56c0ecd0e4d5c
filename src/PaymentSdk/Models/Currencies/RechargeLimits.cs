using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// The bounds of one recharge (<c>recharge_config.settings</c>). The schema sends them as JSON
/// numbers, so they are read as <see cref="decimal"/>s, never through a double.
/// </summary>
public sealed class RechargeLimits : PaymentEntity
{
    /// <summary>The smallest amount one recharge may buy.</summary>
    [JsonPropertyName("min_recharge_amount")]
    public decimal? MinRechargeAmount { get; set; }

    /// <summary>The largest amount one recharge may buy.</summary>
    [JsonPropertyName("max_recharge_amount")]
    public decimal? MaxRechargeAmount { get; set; }
}
