namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="CheckoutSession.Mode"/>. An open set: the server may send other values.
/// </summary>
public static class CheckoutSessionMode
{
    /// <summary>A one-time payment.</summary>
    public const string Payment = "payment";

    /// <summary>Saves a payment method for later, without charging.</summary>
    public const string Setup = "setup";

    /// <summary>Starts a subscription.</summary>
    public const string Subscription = "subscription";
}
