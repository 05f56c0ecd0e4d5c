namespace PaymentSdk;

/// <summary>The two <see cref="PriceInventoryOptions.Action"/>s Payment Kit accepts (<c>InventoryParams.action</c>).</summary>
public static class PriceInventoryAction
{
    /// <summary>Adds the quantity to the units available.</summary>
    public const string Increment = "increment";

    /// <summary>Takes the quantity from the units available.</summary>
    public const string Decrement = "decrement";
}
