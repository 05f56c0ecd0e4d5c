using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's product routes, as payment-js declares them in <c>lib/resources/product.js</c>, written by Refit's
/// source generator like <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters and why routes
/// answer <see cref="HttpResponseMessage"/>). Create, archive and delete are not repeated once they may have been sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface IProductsApi
{
    /// <summary><c>products.create</c>: a product with its prices.</summary>
    [Post("/api/products")]
    Task<HttpResponseMessage> CreateAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<ProductExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>products.retrieve</c>: one product with its prices.</summary>
    [Get("/api/products/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<ProductExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>products.update</c>: sets fields. Sending it twice is sending it once.</summary>
    [Put("/api/products/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<ProductExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>products.list</c>: a page of products, filtered.</summary>
    [Get("/api/products")]
    Task<HttpResponseMessage> ListAsync(
        [QueryConverter(typeof(OptionsQuery<ProductListOptions>))] ProductListOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<ProductExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>products.search</c>: a page of the products a full-text query finds.</summary>
    [Get("/api/products/search")]
    Task<HttpResponseMessage> SearchAsync(
        [QueryConverter(typeof(OptionsQuery<ProductSearchOptions>))] ProductSearchOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<ProductExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>products.archive</c>: makes a product unavailable. Never repeated once it may have been sent.</summary>
    [Put("/api/products/{id}/archive")]
    Task<HttpResponseMessage> ArchiveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<Product> operation,
        CancellationToken cancellationToken);

    /// <summary><c>products.del</c>.</summary>
    [Delete("/api/products/{id}")]
    Task<HttpResponseMessage> DeleteAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<Product> operation,
        CancellationToken cancellationToken);
}
