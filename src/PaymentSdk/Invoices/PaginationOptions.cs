using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>Page selection shared by the list and search options: <c>page</c> and <c>pageSize</c>, sent last.</summary>
public abstract class PaginationOptions
{
    /// <summary>The largest page Payment Kit serves.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size Payment Kit uses when <see cref="PageSize"/> is not set.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The page to fetch, from 1 (the server's default). Auto-paging starts here.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to <see cref="MaxPageSize"/>; the server's default is <see cref="DefaultPageSize"/>.</summary>
    public int? PageSize { get; set; }

    /// <summary>Checks every setting before a request is sent.</summary>
    internal virtual void Validate()
    {
        Guard.Range(Page, 1, int.MaxValue, "options." + nameof(Page));
        Guard.Range(PageSize, 1, MaxPageSize, "options." + nameof(PageSize));
    }

    /// <summary>A copy asking for another page of a given size; the caller's object is left as it is.</summary>
    internal PaginationOptions WithPage(int page, int pageSize)
    {
        var copy = (PaginationOptions)MemberwiseClone();
        copy.Page = page;
        copy.PageSize = pageSize;
        return copy;
    }
}
