namespace PaymentSdk;

/// <summary>
/// A full-text search of invoices (<see cref="IInvoiceService.SearchAsync"/>). Sent in this order:
/// <c>q</c>, the page and order keys of <see cref="PaginationOptions"/>, then <c>livemode</c>.
/// </summary>
public class InvoiceSearchOptions : SearchOptions
{
}
