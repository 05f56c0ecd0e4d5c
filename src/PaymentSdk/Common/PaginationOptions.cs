using PaymentSdk.Http;
using PaymentSdk.Internal;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Page selection shared by the list and search options: <c>page</c> and <c>pageSize</c>, sent after the filters.
/// Auto-paging starts at <see cref="Page"/> and asks for every page with its size (<see cref="DefaultPageSize"/> if unset).
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

    internal override void Validate()
    {
        Guard.Range(Page, 1, int.MaxValue, "options." + nameof(Page));
        Guard.Range(PageSize, 1, MaxPageSize, "options." + nameof(PageSize));
    }

    /// <summary>Writes the filters of the subclass (<see cref="WriteFilters"/>), then <c>page</c> and <c>pageSize</c>.</summary>
    internal sealed override void WriteQuery(ref GeneratedQueryStringBuilder query)
    {
        WriteFilters(ref query);
        query.Add("page", Page);
        query.Add("pageSize", PageSize);
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
