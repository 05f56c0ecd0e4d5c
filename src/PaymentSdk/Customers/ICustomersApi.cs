using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's customer routes, as payment-js declares them in <c>lib/resources/customer.js</c>, written by Refit's
/// source generator like <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters and why routes
/// answer <see cref="HttpResponseMessage"/>). Customers have no create and no delete; a retrieve with
/// <c>{"create":true}</c> may create one, and is never repeated once it may have been sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface ICustomersApi
{
    /// <summary><c>customers.retrieve</c>: one customer, by id or DID, expanded.</summary>
    [Get("/api/customers/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<CustomerExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary>
    /// <c>customers.retrieve</c> with <c>{"create":true}</c> as the GET's JSON body: creates the customer of an unknown
    /// DID. Never repeated once it may have been sent.
    /// </summary>
    [Get("/api/customers/{id}")]
    Task<HttpResponseMessage> RetrieveOrCreateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<CustomerExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>customers.update</c>: sets fields. Sending it twice is sending it once.</summary>
    [Put("/api/customers/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<Customer> operation,
        CancellationToken cancellationToken);

    /// <summary><c>customers.list</c>: a page of customers, filtered.</summary>
    [Get("/api/customers")]
    Task<HttpResponseMessage> ListAsync(
        [QueryConverter(typeof(OptionsQuery<CustomerListOptions>))] CustomerListOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<CustomerExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>customers.search</c>: a page of the customers a full-text query finds.</summary>
    [Get("/api/customers/search")]
    Task<HttpResponseMessage> SearchAsync(
        [QueryConverter(typeof(OptionsQuery<CustomerSearchOptions>))] CustomerSearchOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<CustomerExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>customers.overdueInvoices</c>: a customer's overdue invoices and what they owe per currency.</summary>
    [Get("/api/customers/{id}/overdue/invoices")]
    Task<HttpResponseMessage> OverdueInvoicesAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<CustomerOverdueInvoices> operation,
        CancellationToken cancellationToken);
}
