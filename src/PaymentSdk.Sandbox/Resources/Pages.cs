using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Resources;

/// <summary>One page of a list, as every Payment Kit list answers: <c>count</c> is every match, <c>list</c> the page.</summary>
internal static class Pages
{
    public static Paginated<T> Of<T>(IEnumerable<T> matches, PageRequest page) where T : PaymentEntity => Of<Paginated<T>, T>(matches, page);

    /// <summary>The page as a list's own page type (<see cref="InvoiceListPage"/>), whose other fields the caller then sets.</summary>
    public static TPage Of<TPage, T>(IEnumerable<T> matches, PageRequest page) where TPage : Paginated<T>, new() where T : PaymentEntity
    {
        var all = matches as IReadOnlyCollection<T> ?? matches.ToList();
        return new TPage
        {
            Count = all.Count,
            List = all.Skip((int)Math.Min(int.MaxValue, (long)(page.Page - 1) * page.PageSize)).Take(page.PageSize).ToList(),
        };
    }

    /// <summary>Whether <paramref name="text"/> contains the search text, in any case.</summary>
    public static bool Contains(string? text, string query) => text is not null && text.Contains(query, StringComparison.OrdinalIgnoreCase);
}
