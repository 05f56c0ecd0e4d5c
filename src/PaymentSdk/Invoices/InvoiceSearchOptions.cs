namespace PaymentSdk;

/// <summary>
/// A full-text search of invoices (<see cref="IInvoiceService.SearchAsync"/>). Sent in this order:
/// <c>q</c>, <c>page</c>, <c>pageSize</c>, then <c>livemode</c>.
/// </summary>
public class InvoiceSearchOptions : SearchOptions
{
}
