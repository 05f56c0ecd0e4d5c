using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The invoices of Payment Kit: the .NET form of payment-js's <c>payment.invoices</c>. Reach it as
/// <see cref="PaymentClient.Invoices"/>; mock this interface in your own tests.
/// </summary>
/// <remarks>
/// Every method checks its arguments before sending anything (an <see cref="System.ArgumentException"/>
/// names the bad one), and fails with a <see cref="PaymentException"/>: a
/// <see cref="PaymentApiException"/> subclass for an error answer, <see cref="PaymentConnectionException"/>
/// or <see cref="PaymentTimeoutException"/>. Cancelling <c>cancellationToken</c> throws
/// <see cref="System.OperationCanceledException"/>.
/// </remarks>
public interface IInvoiceService
{
    /// <summary>Gets one invoice, expanded, with its discounts and related objects (<c>GET /api/invoices/{id}</c>).</summary>
    /// <param name="id">The invoice id, such as <c>in_...</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The invoice.</returns>
    Task<InvoiceWithDiscount> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of invoices matching the filters (<c>GET /api/invoices</c>).</summary>
    /// <param name="options">Filters and paging; null for the server's defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// The page, with the total <see cref="Paginated{T}.Count"/> of matching invoices and, for a list filtered by
    /// <see cref="InvoiceListOptions.SubscriptionId"/>, the <see cref="InvoiceListPage.Subscription"/>.
    /// </returns>
    Task<InvoiceListPage> ListAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every invoice matching the filters, fetched a page at a time as the loop advances, from
    /// <see cref="PaginationOptions.Page"/> (or 1) until the count is reached or a page comes back short.
    /// </summary>
    /// <param name="options">Filters and paging; null for the server's defaults. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The invoices, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<InvoiceExpanded> ListAutoPagingAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a full-text search of invoices (<c>GET /api/invoices/search</c>).</summary>
    /// <param name="options">The query (required) and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matches.</returns>
    Task<Paginated<InvoiceExpanded>> SearchAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Every invoice a search finds, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">The query (required) and paging. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The invoices, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<InvoiceExpanded> SearchAutoPagingAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Replaces an invoice's metadata (<c>PUT /api/invoices/{id}</c>).</summary>
    /// <param name="id">The invoice id.</param>
    /// <param name="options">The new metadata (required).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated invoice, not expanded.</returns>
    Task<Invoice> UpdateAsync(string id, InvoiceUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Voids an open or uncollectible invoice (<c>POST /api/invoices/{id}/void</c>); see
    /// <see cref="InvoiceStatus.CanVoid"/>. Payment Kit answers 4xx for an invoice in another status.
    /// </summary>
    /// <param name="id">The invoice id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The invoice, with status <see cref="InvoiceStatus.Void"/>.</returns>
    Task<Invoice> VoidAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets what remains of a stake invoice's stake and could be returned (<c>GET /api/invoices/{id}/return-stake</c>).</summary>
    /// <param name="id">The stake invoice id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The remaining stake.</returns>
    Task<StakeInfo> GetReturnStakeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Returns the remaining stake of a stake invoice to the customer (<c>POST /api/invoices/{id}/return-stake</c>).</summary>
    /// <param name="id">The stake invoice id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether the return succeeded, and the subscription concerned.</returns>
    Task<ReturnResult> ReturnStakeAsync(string id, CancellationToken cancellationToken = default);
}
