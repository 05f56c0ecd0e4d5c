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
        Guard.RequiredText(Query, "A search query", "options." + nameof(Query));
        base.Validate();
    }
}
