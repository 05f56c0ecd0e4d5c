using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's seven invoice routes, one method a route, as payment-js declares them in
/// <c>lib/resources/invoice.js</c>. Refit's source generator writes the implementation at compile time:
/// the path (the id escaped as one segment), the query (the options write their own pairs, <c>livemode</c> comes
/// last), the body, and the request options the SDK's handlers read.
/// <para>
/// Each route states its facts in one place: verb and path in its attribute, the payment-js name in its summary, and
/// its retry class and answer in the type of its operation parameter: <see cref="Repeatable{TAnswer}"/> (reads, the
/// PUT of metadata) or <see cref="SentOnce{TAnswer}"/> (void and return-stake move money), read by
/// <see cref="ResilienceHandler"/>. Routes answer the raw <see cref="HttpResponseMessage"/>:
/// the body is already in the SDK's pooled buffer (<see cref="BufferedContent"/>) and
/// <see cref="OperationRunner"/> reads it from there in place, where Refit would first copy every body
/// into a buffer of its own before a content serializer sees it.
/// </para>
/// </summary>
[Headers("Accept: application/json")]
internal interface IInvoicesApi
{
    /// <summary><c>invoices.retrieve</c>: one invoice with its discounts and related objects.</summary>
    [Get("/api/invoices/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<InvoiceWithDiscount> operation,
        CancellationToken cancellationToken);

    /// <summary><c>invoices.list</c>: a page of invoices, filtered; with the subscription when filtered by one.</summary>
    [Get("/api/invoices")]
    Task<HttpResponseMessage> ListAsync(
        [QueryConverter(typeof(OptionsQuery<InvoiceListOptions>))] InvoiceListOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<InvoiceListPage> operation,
        CancellationToken cancellationToken);

    /// <summary><c>invoices.search</c>: a page of the invoices a full-text query finds.</summary>
    [Get("/api/invoices/search")]
    Task<HttpResponseMessage> SearchAsync(
        [QueryConverter(typeof(OptionsQuery<InvoiceSearchOptions>))] InvoiceSearchOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<InvoiceExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>invoices.update</c>: merges metadata. Sending it twice is sending it once.</summary>
    [Put("/api/invoices/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<Invoice> operation,
        CancellationToken cancellationToken);

    /// <summary><c>invoices.void</c>: voids an open or uncollectible invoice. Never repeated once it may have been sent.</summary>
    [Post("/api/invoices/{id}/void")]
    Task<HttpResponseMessage> VoidAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<Invoice> operation,
        CancellationToken cancellationToken);

    /// <summary><c>invoices.getReturnStake</c>: what returning a stake would give back.</summary>
    [Get("/api/invoices/{id}/return-stake")]
    Task<HttpResponseMessage> GetReturnStakeAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<StakeInfo> operation,
        CancellationToken cancellationToken);

    /// <summary><c>invoices.returnStake</c>: returns a stake. Never repeated once it may have been sent.</summary>
    [Post("/api/invoices/{id}/return-stake")]
    Task<HttpResponseMessage> ReturnStakeAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<ReturnResult> operation,
        CancellationToken cancellationToken);
}
