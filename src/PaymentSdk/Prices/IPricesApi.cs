using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's price routes, as payment-js declares them in <c>lib/resources/price.js</c>, written by Refit's source
/// generator like <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters and why routes answer
/// <see cref="HttpResponseMessage"/>). Create, archive, delete and inventory changes are not repeated once they may
/// have been sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface IPricesApi
{
    /// <summary><c>prices.create</c>.</summary>
    [Post("/api/prices")]
    Task<HttpResponseMessage> CreateAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PriceExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.retrieve</c>: one price with its product and currency.</summary>
    [Get("/api/prices/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<PriceExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.update</c>: sets fields. Sending it twice is sending it once.</summary>
    [Put("/api/prices/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<PriceExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.list</c>: a page of prices, filtered.</summary>
    [Get("/api/prices")]
    Task<HttpResponseMessage> ListAsync(
        [QueryConverter(typeof(OptionsQuery<PriceListOptions>))] PriceListOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<PriceExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.search</c>: a page of the prices a full-text query finds.</summary>
    [Get("/api/prices/search")]
    Task<HttpResponseMessage> SearchAsync(
        [QueryConverter(typeof(OptionsQuery<PriceSearchOptions>))] PriceSearchOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<PriceExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.archive</c>: makes a price unavailable. Never repeated once it may have been sent.</summary>
    [Put("/api/prices/{id}/archive")]
    Task<HttpResponseMessage> ArchiveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<PriceExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.del</c>.</summary>
    [Delete("/api/prices/{id}")]
    Task<HttpResponseMessage> DeleteAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<Price> operation,
        CancellationToken cancellationToken);

    /// <summary><c>prices.inventory</c>: adds or takes units. Never repeated once it may have been sent (it counts).</summary>
    [Put("/api/prices/{id}/inventory")]
    Task<HttpResponseMessage> InventoryAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PriceExpanded> operation,
        CancellationToken cancellationToken);
}
