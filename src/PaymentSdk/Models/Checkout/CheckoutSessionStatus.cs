namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="CheckoutSession.Status"/>. An open set: the server may send other values.
/// </summary>
public static class CheckoutSessionStatus
{
    /// <summary>The customer completed checkout.</summary>
    public const string Complete = "complete";

    /// <summary>Checkout is in progress.</summary>
    public const string Open = "open";

    /// <summary>The session expired before checkout completed.</summary>
    public const string Expired = "expired";
}
