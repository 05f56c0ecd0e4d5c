namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// One sort key of a list: a field the sandbox can sort by, and whether largest first. The fields it sorts by and how
/// each is compared are stated here once, for the query reader that checks <c>order</c> and for the pages it sorts.
/// </summary>
internal readonly record struct OrderKey(string Field, bool Descending)
{
    /// <summary>The fields the sandbox sorts by: every object has them (<see cref="IPaymentObject"/>).</summary>
    public static readonly IReadOnlyList<string> Fields = ["created_at", "updated_at", "id"];

    /// <summary>
    /// <paramref name="matches"/> sorted by <paramref name="keys"/>, first key first; stable, so objects equal on every
    /// key keep their order. No keys: as given.
    /// </summary>
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> matches, IReadOnlyList<OrderKey> keys) where T : IPaymentObject
    {
        if (keys.Count == 0) return matches as IReadOnlyList<T> ?? matches.ToList();
        IOrderedEnumerable<T>? sorted = null;
        foreach (var key in keys)
            sorted = key.Field switch
            {
                "created_at" => By(sorted, matches, o => o.CreatedAt, key.Descending),
                "updated_at" => By(sorted, matches, o => o.UpdatedAt, key.Descending),
                "id" => By(sorted, matches, o => o.Id, key.Descending, StringComparer.Ordinal),
                _ => throw new InvalidOperationException($"The sandbox cannot sort by {key.Field}: {nameof(Fields)} and {nameof(Sort)} disagree."),
            };
        return sorted!.ToList();
    }

    private static IOrderedEnumerable<T> By<T, TKey>(IOrderedEnumerable<T>? sorted, IEnumerable<T> matches, Func<T, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        (sorted, descending) switch
        {
            (null, false) => matches.OrderBy(key, comparer),
            (null, true) => matches.OrderByDescending(key, comparer),
            (_, false) => sorted.ThenBy(key, comparer),
            (_, true) => sorted.ThenByDescending(key, comparer),
        };
}
