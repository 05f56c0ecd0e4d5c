using System;
using System.Collections.Generic;
using System.Globalization;
using PaymentSdk.Http;
using PaymentSdk.Internal;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Page selection and order shared by the list and search options (payment-js's <c>Pagination</c>), sent after the
/// filters in payment-js's order: <c>page</c>, <c>pageSize</c>, <c>limit</c>, <c>starting_after</c>,
/// <c>ending_before</c>, <c>order</c>. Auto-paging starts at <see cref="Page"/> and asks for every page with its size
/// (<see cref="DefaultPageSize"/> if unset).
/// </summary>
public abstract class PaginationOptions : QueryOptions
{
    /// <summary>The largest page Payment Kit serves.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size Payment Kit uses when <see cref="PageSize"/> is not set.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Lets the SDK's list and search options derive.</summary>
    protected PaginationOptions() { }

    /// <summary>The page to fetch, from 1 (the server's default). Auto-paging starts here.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to <see cref="MaxPageSize"/>; the server's default is <see cref="DefaultPageSize"/>.</summary>
    public int? PageSize { get; set; }

    /// <summary>
    /// How many objects to answer, 1 to <see cref="MaxPageSize"/> (<c>limit</c>). payment-js declares it beside
    /// <c>pageSize</c>; Payment Kit's documentation pages by <see cref="Page"/> and <see cref="PageSize"/>.
    /// </summary>
    public int? Limit { get; set; }

    /// <summary>A cursor: the objects after the one with this id (<c>starting_after</c>), as payment-js declares it.</summary>
    public string? StartingAfter { get; set; }

    /// <summary>A cursor: the objects before the one with this id (<c>ending_before</c>), as payment-js declares it.</summary>
    public string? EndingBefore { get; set; }

    /// <summary>
    /// The sort keys, first key first (<c>order</c>), such as <c>[OrderItem.Descending("created_at")]</c>, sent as
    /// payment-js sends an <c>OrderItem[]</c>: <c>order[0][0]=created_at&amp;order[0][1]=DESC</c>. Unset or empty: the
    /// server's order (newest first).
    /// </summary>
    public IList<OrderItem>? Order { get; set; }

    internal override void Validate()
    {
        Guard.Range(Page, 1, int.MaxValue, "options." + nameof(Page));
        Guard.Range(PageSize, 1, MaxPageSize, "options." + nameof(PageSize));
        Guard.Range(Limit, 1, MaxPageSize, "options." + nameof(Limit));
        if (StartingAfter is not null) Guard.RequiredText(StartingAfter, "A cursor", "options." + nameof(StartingAfter));
        if (EndingBefore is not null) Guard.RequiredText(EndingBefore, "A cursor", "options." + nameof(EndingBefore));
        if (Order is null) return;
        for (var i = 0; i < Order.Count; i++)
            if (Order[i] is null) throw new ArgumentNullException($"options.{nameof(Order)}[{i}]", "A sort key cannot be null.");
    }

    /// <summary>
    /// Checks that auto-paging can walk these options: it selects pages by <see cref="Page"/> and
    /// <see cref="PageSize"/>, which a <see cref="Limit"/> or a cursor would contradict on every page after the first.
    /// </summary>
    internal void ValidateForAutoPaging()
    {
        Refuse(Limit is not null, nameof(Limit));
        Refuse(StartingAfter is not null, nameof(StartingAfter));
        Refuse(EndingBefore is not null, nameof(EndingBefore));

        static void Refuse(bool set, string name)
        {
            if (set)
                throw new ArgumentException(
                    $"Auto-paging walks the pages by Page and PageSize; {name} selects objects another way and cannot be combined with it. Use PageSize, or call the list page by page.",
                    "options." + name);
        }
    }

    /// <summary>Writes the filters of the subclass (<see cref="WriteFilters"/>), then the page selection and the order.</summary>
    internal sealed override void WriteQuery(ref GeneratedQueryStringBuilder query)
    {
        WriteFilters(ref query);
        query.Add("page", Page);
        query.Add("pageSize", PageSize);
        query.Add("limit", Limit);
        query.Add("starting_after", StartingAfter);
        query.Add("ending_before", EndingBefore);
        if (Order is null) return;
        for (var i = 0; i < Order.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            query.Add("order[" + index + "][0]", Order[i].Field);
            query.Add("order[" + index + "][1]", Order[i].WireDirection);
        }
    }

    /// <summary>Writes what comes before the page: the filters, or a search's <c>q</c>. Nothing by default.</summary>
    internal virtual void WriteFilters(ref GeneratedQueryStringBuilder query) { }

    /// <summary>A copy asking for another page of a given size; the caller's object is left as it is.</summary>
    internal PaginationOptions WithPage(int page, int pageSize)
    {
        var copy = (PaginationOptions)MemberwiseClone();
        copy.Page = page;
        copy.PageSize = pageSize;
        return copy;
    }
}
