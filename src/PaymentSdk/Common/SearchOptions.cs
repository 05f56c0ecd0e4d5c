using PaymentSdk.Http;
using PaymentSdk.Internal;
using Refit;

namespace PaymentSdk;

/// <summary>
/// A full-text search of a resource (payment-js's <c>search({ q, page, pageSize })</c>). Sent in this order: <c>q</c>,
/// the page and order keys of <see cref="PaginationOptions"/>, then <c>livemode</c>.
/// </summary>
public abstract class SearchOptions : PaginationOptions
{
    /// <summary>Lets the SDK's search options derive.</summary>
    protected SearchOptions() { }

    /// <summary>What to search for (sent as <c>q</c>, as the API documents it); required and not blank.</summary>
    public string? Query { get; set; }

    internal override void Validate()
    {
        Guard.RequiredText(Query, "A search query", "options." + nameof(Query));
        base.Validate();
    }

    internal override void WriteFilters(ref GeneratedQueryStringBuilder query) => query.Add("q", Query);
}
