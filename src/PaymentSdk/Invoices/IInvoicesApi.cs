using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's seven invoice routes, one method a route, as payment-js declares them in
/// <c>lib/resources/invoice.js</c>. Refit's source generator writes the implementation at compile time:
/// the path (the id escaped as one segment), the query parameters in the order of the parameters here
/// (unset ones left out, <c>livemode</c> last), the body, and the request options the SDK's handlers read.
/// <para>
/// Each route declares its retry safety (the <see cref="Idempotency"/> <c>[Property]</c>, read by
/// <see cref="ResilienceHandler"/>): reads and the PUT of metadata may be repeated, void and return-stake
/// move money and may not. Each route declares what it answers through the type of its
/// <see cref="Operation{TAnswer}"/> parameter. Routes answer the raw <see cref="HttpResponseMessage"/>:
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
        [Property(RequestContext.Key)] Operation<InvoiceWithDiscount> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.Idempotent);

    /// <summary><c>invoices.list</c>: a page of invoices, filtered.</summary>
    [Get("/api/invoices")]
    Task<HttpResponseMessage> ListAsync(
        string? status,
        [AliasAs("customer_id")] string? customerId,
        [AliasAs("customer_did")] string? customerDid,
        [AliasAs("subscription_id")] string? subscriptionId,
        [AliasAs("currency_id")] string? currencyId,
        [AliasAs("ignore_zero")] bool? ignoreZero,
        [AliasAs("include_staking")] bool? includeStaking,
        [AliasAs("include_return_staking")] bool? includeReturnStaking,
        [AliasAs("include_overdraft_protection")] bool? includeOverdraftProtection,
        [AliasAs("include_recovered_from")] bool? includeRecoveredFrom,
        [Query(".", "metadata")] IDictionary<string, string>? metadata,
        int? page,
        int? pageSize,
        bool livemode,
        [Property(RequestContext.Key)] Operation<Paginated<InvoiceExpanded>> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.Idempotent);

    /// <summary><c>invoices.search</c>: a page of the invoices a full-text query finds.</summary>
    [Get("/api/invoices/search")]
    Task<HttpResponseMessage> SearchAsync(
        string q,
        int? page,
        int? pageSize,
        bool livemode,
        [Property(RequestContext.Key)] Operation<Paginated<InvoiceExpanded>> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.Idempotent);

    /// <summary><c>invoices.update</c>: merges metadata. Sending it twice is sending it once.</summary>
    [Put("/api/invoices/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Operation<Invoice> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.Idempotent);

    /// <summary><c>invoices.void</c>: voids an open or uncollectible invoice. Never repeated once it may have been sent.</summary>
    [Post("/api/invoices/{id}/void")]
    Task<HttpResponseMessage> VoidAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Operation<Invoice> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.NotIdempotent);

    /// <summary><c>invoices.getReturnStake</c>: what returning a stake would give back.</summary>
    [Get("/api/invoices/{id}/return-stake")]
    Task<HttpResponseMessage> GetReturnStakeAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Operation<StakeInfo> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.Idempotent);

    /// <summary><c>invoices.returnStake</c>: returns a stake. Never repeated once it may have been sent.</summary>
    [Post("/api/invoices/{id}/return-stake")]
    Task<HttpResponseMessage> ReturnStakeAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Operation<ReturnResult> operation,
        CancellationToken cancellationToken,
        [Property(RequestContext.IdempotencyKey)] Idempotency idempotency = Idempotency.NotIdempotent);
}
