namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="PaymentIntent.Status"/>. An open set: the server may send other values.
/// </summary>
public static class PaymentIntentStatus
{
    /// <summary>Waiting for a payment method.</summary>
    public const string RequiresPaymentMethod = "requires_payment_method";

    /// <summary>Waiting to be confirmed.</summary>
    public const string RequiresConfirmation = "requires_confirmation";

    /// <summary>Waiting for the customer to act (for example, to sign a transaction).</summary>
    public const string RequiresAction = "requires_action";

    /// <summary>The payment is being processed.</summary>
    public const string Processing = "processing";

    /// <summary>Authorized; waiting for the funds to be captured.</summary>
    public const string RequiresCapture = "requires_capture";

    /// <summary>Canceled. Final.</summary>
    public const string Canceled = "canceled";

    /// <summary>The payment succeeded. Final.</summary>
    public const string Succeeded = "succeeded";
}
