namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="Invoice.BillingReason"/>. An open set: the server may send other values.
/// </summary>
public static class InvoiceBillingReason
{
    /// <summary>The first invoice of a new subscription.</summary>
    public const string SubscriptionCreate = "subscription_create";

    /// <summary>A subscription moved into a new billing period.</summary>
    public const string SubscriptionCycle = "subscription_cycle";

    /// <summary>A subscription was changed.</summary>
    public const string SubscriptionUpdate = "subscription_update";

    /// <summary>A subscription was recovered after lapsing.</summary>
    public const string SubscriptionRecover = "subscription_recover";

    /// <summary>A subscription reached a billing threshold.</summary>
    public const string SubscriptionThreshold = "subscription_threshold";

    /// <summary>A subscription was canceled (final charges).</summary>
    public const string SubscriptionCancel = "subscription_cancel";

    /// <summary>Another subscription-related reason.</summary>
    public const string Subscription = "subscription";

    /// <summary>Created by hand.</summary>
    public const string Manual = "manual";

    /// <summary>A preview of the next subscription invoice.</summary>
    public const string Upcoming = "upcoming";

    /// <summary>A stake was slashed.</summary>
    public const string SlashStake = "slash_stake";

    /// <summary>A stake was placed.</summary>
    public const string Stake = "stake";

    /// <summary>Overdraft protection was charged.</summary>
    public const string OverdraftProtection = "overdraft_protection";

    /// <summary>A stake for overdraft protection was placed.</summary>
    public const string StakeOverdraftProtection = "stake_overdraft_protection";

    /// <summary>A balance or credit was topped up by the customer.</summary>
    public const string Recharge = "recharge";

    /// <summary>A balance or credit was topped up automatically.</summary>
    public const string AutoRecharge = "auto_recharge";
}
