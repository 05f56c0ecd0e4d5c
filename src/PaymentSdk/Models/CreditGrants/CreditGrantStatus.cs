namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="CreditGrant.Status"/>. An open set: the server may send other values.
/// </summary>
public static class CreditGrantStatus
{
    /// <summary>Not yet in effect.</summary>
    public const string Pending = "pending";

    /// <summary>In effect; credit can be consumed.</summary>
    public const string Granted = "granted";

    /// <summary>All credit has been consumed.</summary>
    public const string Depleted = "depleted";

    /// <summary>Expired with credit left unused.</summary>
    public const string Expired = "expired";

    /// <summary>Voided.</summary>
    public const string Voided = "voided";
}
