namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="Invoice.CollectionMethod"/> and <see cref="Subscription.CollectionMethod"/>.
/// An open set: the server may send other values.
/// </summary>
public static class CollectionMethod
{
    /// <summary>Payment Kit charges the customer's default payment method.</summary>
    public const string ChargeAutomatically = "charge_automatically";

    /// <summary>The invoice is sent to the customer, who pays it.</summary>
    public const string SendInvoice = "send_invoice";
}
