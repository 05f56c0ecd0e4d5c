using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// The billing schedule of a recurring price (the schema's <c>PriceRecurring</c>): every
/// <see cref="IntervalCount"/> <see cref="Interval"/>s. Also the interval of a subscription's pending
/// invoice items.
/// </summary>
public sealed class PriceRecurring : PaymentEntity
{
    /// <summary>The unit of the billing interval: <c>hour</c>, <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, or another value the server adds.</summary>
    [JsonPropertyName("interval")]
    public string Interval { get; set; } = string.Empty;

    /// <summary>How many <see cref="Interval"/>s make one billing period (such as 3 for quarterly).</summary>
    [JsonPropertyName("interval_count")]
    public int IntervalCount { get; set; }

    /// <summary>
    /// How metered usage within a period is aggregated: <c>sum</c>, <c>last_during_period</c>,
    /// <c>max</c>, <c>last_ever</c>, or another value the server adds; null when not metered.
    /// </summary>
    [JsonPropertyName("aggregate_usage")]
    public string? AggregateUsage { get; set; }

    /// <summary><c>licensed</c> (a fixed quantity), <c>metered</c> (reported usage), or another value the server adds.</summary>
    [JsonPropertyName("usage_type")]
    public string? UsageType { get; set; }

    /// <summary>ID of the meter that reports usage for a metered price, if any.</summary>
    [JsonPropertyName("meter_id")]
    public string? MeterId { get; set; }
}
