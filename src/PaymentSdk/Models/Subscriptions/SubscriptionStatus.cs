namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="Subscription.Status"/>. An open set: the server may send other values.
/// </summary>
public static class SubscriptionStatus
{
    /// <summary>In good standing.</summary>
    public const string Active = "active";

    /// <summary>The latest invoice is unpaid past its due date.</summary>
    public const string PastDue = "past_due";

    /// <summary>Paused; no invoices are created.</summary>
    public const string Paused = "paused";

    /// <summary>Canceled. Final.</summary>
    public const string Canceled = "canceled";

    /// <summary>The first payment has not succeeded yet.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The first payment never succeeded and the subscription expired. Final.</summary>
    public const string IncompleteExpired = "incomplete_expired";

    /// <summary>In its trial period.</summary>
    public const string Trialing = "trialing";
}
