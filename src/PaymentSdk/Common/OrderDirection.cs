namespace PaymentSdk;

/// <summary>Which way an <see cref="OrderItem"/> sorts (payment-js's <c>OrderDirection</c>).</summary>
public enum OrderDirection
{
    /// <summary>Smallest first, sent as <c>ASC</c>.</summary>
    Ascending,

    /// <summary>Largest (for dates: newest) first, sent as <c>DESC</c>.</summary>
    Descending,
}
