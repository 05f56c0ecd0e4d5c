namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="CheckoutSession.PaymentStatus"/>. An open set: the server may send
/// other values.
/// </summary>
public static class CheckoutSessionPaymentStatus
{
    /// <summary>The payment was received.</summary>
    public const string Paid = "paid";

    /// <summary>The payment has not been received yet.</summary>
    public const string Unpaid = "unpaid";

    /// <summary>Nothing had to be paid (for example, a free trial or a setup session).</summary>
    public const string NoPaymentRequired = "no_payment_required";
}
