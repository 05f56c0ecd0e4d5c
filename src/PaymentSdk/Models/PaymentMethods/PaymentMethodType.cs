namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="PaymentMethod.Type"/>. An open set: the server may send other values.
/// </summary>
public static class PaymentMethodType
{
    /// <summary>Card and other payments through Stripe.</summary>
    public const string Stripe = "stripe";

    /// <summary>Tokens on an ArcBlock chain.</summary>
    public const string Arcblock = "arcblock";

    /// <summary>Ether or tokens on Ethereum.</summary>
    public const string Ethereum = "ethereum";

    /// <summary>Bitcoin.</summary>
    public const string Bitcoin = "bitcoin";

    /// <summary>Ether or tokens on the Base chain.</summary>
    public const string Base = "base";
}
