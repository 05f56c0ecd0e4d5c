using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>
/// A full-text search of invoices (<see cref="IInvoiceService.SearchAsync"/>). Sent in this order:
/// <c>q</c>, <c>page</c>, <c>pageSize</c>, then <c>livemode</c>.
/// </summary>
public class InvoiceSearchOptions : PaginationOptions
{
    /// <summary>What to search for (sent as <c>q</c>, as the API documents it); required and not blank.</summary>
    public string? Query { get; set; }

    internal override void Validate()
    {
        if (Query is null) throw new System.ArgumentNullException("options." + nameof(Query), "A search query is required.");
        if (string.IsNullOrWhiteSpace(Query)) throw new System.ArgumentException("The search query cannot be empty or white space.", "options." + nameof(Query));
        Guard.Text(Query, "options." + nameof(Query));
        base.Validate();
    }

    private protected override void AddFilters(QueryParameters query) => query.Add("q", Query);
}
