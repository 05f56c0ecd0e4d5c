using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// What makes a subscription invoice before its period ends (the schema's
/// <c>SubscriptionBillingThresholds</c>). The thresholds arrive as JSON numbers, so they are read as
/// <see cref="decimal"/>s, never through a double.
/// </summary>
public sealed class SubscriptionBillingThresholds : PaymentEntity
{
    /// <summary>The amount due at which an invoice is made early.</summary>
    [JsonPropertyName("amount_gte")]
    public decimal AmountGte { get; set; }

    /// <summary>The stake at which an invoice is made early.</summary>
    [JsonPropertyName("stake_gte")]
    public decimal StakeGte { get; set; }

    /// <summary>Whether an early invoice restarts the billing cycle.</summary>
    [JsonPropertyName("reset_billing_cycle_anchor")]
    public bool ResetBillingCycleAnchor { get; set; }

    /// <summary>Whether the subscription runs without a stake.</summary>
    [JsonPropertyName("no_stake")]
    public bool? NoStake { get; set; }

    /// <summary>Whether the thresholds refer to the customer's primary stake.</summary>
    [JsonPropertyName("references_primary_stake")]
    public bool? ReferencesPrimaryStake { get; set; }
}
