namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="PaymentCurrency.Type"/>. An open set: the server may send other values.
/// </summary>
public static class PaymentCurrencyType
{
    /// <summary>An ordinary currency or token.</summary>
    public const string Standard = "standard";

    /// <summary>A credit currency, granted and consumed through credit grants.</summary>
    public const string Credit = "credit";
}
