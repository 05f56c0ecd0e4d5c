using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The customers of Payment Kit: the .NET form of payment-js's <c>payment.customers</c>. Reach it as
/// <see cref="PaymentClient.Customers"/>; mock this interface in your own tests.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads and updates are retried; a retrieve that may create is not repeated once it
/// may have reached Payment Kit. Customers have no create or delete of their own.
/// </remarks>
public interface ICustomerService
{
    /// <summary>Gets one customer, by id or DID, with their payments, subscriptions and invoices (<c>GET /api/customers/{id}</c>).</summary>
    /// <param name="id">The customer id (<c>cus_...</c>) or the customer's DID.</param>
    /// <param name="options">
    /// <see cref="CustomerRetrieveOptions.Create"/> true to create the customer of a DID Payment Kit does not know yet
    /// (sent as the GET's JSON body <c>{"create":true}</c>, and then never repeated); null for a plain retrieve.
    /// </param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="System.PlatformNotSupportedException">
    /// <see cref="CustomerRetrieveOptions.Create"/> is true on .NET Framework, whose HTTP stack cannot send a GET with a
    /// body: thrown before anything is sent. Make that call from .NET 8 or later.
    /// </exception>
    Task<CustomerExpanded> RetrieveAsync(string id, CustomerRetrieveOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a customer (<c>PUT /api/customers/{id}</c>).</summary>
    /// <param name="id">The customer id.</param>
    /// <param name="options">What to change; at least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated customer, not expanded.</returns>
    Task<Customer> UpdateAsync(string id, CustomerUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of customers matching the filters (<c>GET /api/customers</c>).</summary>
    /// <param name="options">Filters and paging; null for the server's defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matching customers.</returns>
    Task<Paginated<CustomerExpanded>> ListAsync(CustomerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Every customer matching the filters, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">Filters and paging; null for the server's defaults. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The customers, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<CustomerExpanded> ListAutoPagingAsync(CustomerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a full-text search of customers (<c>GET /api/customers/search</c>).</summary>
    /// <param name="options">The query (required) and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matches.</returns>
    Task<Paginated<CustomerExpanded>> SearchAsync(CustomerSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Every customer a search finds, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">The query (required) and paging. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The customers, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<CustomerExpanded> SearchAutoPagingAsync(CustomerSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets a customer's overdue invoices and what they owe per currency (<c>GET /api/customers/{id}/overdue/invoices</c>).</summary>
    /// <param name="id">The customer id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The customer, their overdue invoices, and the amounts owed by currency id.</returns>
    Task<CustomerOverdueInvoices> OverdueInvoicesAsync(string id, CancellationToken cancellationToken = default);
}
