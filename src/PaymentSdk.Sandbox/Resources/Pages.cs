using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Resources;

/// <summary>
/// One page of a list, as every Payment Kit list answers: <c>count</c> is every match, <c>list</c> the page, in the
/// order asked for (<see cref="PageRequest.Order"/>) or else as given (newest first).
/// </summary>
internal static class Pages
{
    public static Paginated<T> Of<T>(IEnumerable<T> matches, PageRequest page) where T : PaymentEntity, IPaymentObject =>
        Of<T, Paginated<T>, T>(matches, page, item => item);

    /// <summary>
    /// The page of stored objects, each expanded as the list answers it by <paramref name="expand"/>: only the objects
    /// on the page are expanded, the others only counted and sorted.
    /// </summary>
    public static Paginated<TAnswer> Of<TStored, TAnswer>(IEnumerable<TStored> matches, PageRequest page, Func<TStored, TAnswer> expand)
        where TStored : IPaymentObject where TAnswer : PaymentEntity =>
        Of<TStored, Paginated<TAnswer>, TAnswer>(matches, page, expand);

    /// <summary>The page as a list's own page type (<see cref="InvoiceListPage"/>), whose other fields the caller then sets.</summary>
    public static TPage Of<TStored, TPage, TAnswer>(IEnumerable<TStored> matches, PageRequest page, Func<TStored, TAnswer> expand)
        where TStored : IPaymentObject where TPage : Paginated<TAnswer>, new() where TAnswer : PaymentEntity
    {
        var all = OrderKey.Sort(matches, page.Order);
        return new TPage
        {
            Count = all.Count,
            List = all.Skip((int)Math.Min(int.MaxValue, (long)(page.Page - 1) * page.PageSize)).Take(page.PageSize).Select(expand).ToList(),
        };
    }

    /// <summary>Whether <paramref name="text"/> contains the search text, in any case.</summary>
    public static bool Contains(string? text, string query) => text is not null && text.Contains(query, StringComparison.OrdinalIgnoreCase);
}
