using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The products of Payment Kit: the .NET form of payment-js's <c>payment.products</c>. Reach it as
/// <see cref="PaymentClient.Products"/>; mock this interface in your own tests.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads and updates are retried; create, archive and delete are not repeated once they
/// may have reached Payment Kit.
/// </remarks>
public interface IProductService
{
    /// <summary>Creates a product, and the prices given with it (<c>POST /api/products</c>).</summary>
    /// <param name="options">The name (required), description, type, features, metadata and prices.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new product, with its prices.</returns>
    Task<ProductExpanded> CreateAsync(ProductCreateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one product with its prices (<c>GET /api/products/{id}</c>).</summary>
    /// <param name="id">The product id (<c>prod_...</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The product.</returns>
    Task<ProductExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes a product (<c>PUT /api/products/{id}</c>).</summary>
    /// <param name="id">The product id.</param>
    /// <param name="options">What to change; at least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated product, with its prices.</returns>
    Task<ProductExpanded> UpdateAsync(string id, ProductUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of products matching the filters (<c>GET /api/products</c>).</summary>
    /// <param name="options">Filters and paging; null for the server's defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matching products.</returns>
    Task<Paginated<ProductExpanded>> ListAsync(ProductListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Every product matching the filters, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">Filters and paging; null for the server's defaults. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The products, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<ProductExpanded> ListAutoPagingAsync(ProductListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a full-text search of products (<c>GET /api/products/search</c>).</summary>
    /// <param name="options">The query (required) and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matches.</returns>
    Task<Paginated<ProductExpanded>> SearchAsync(ProductSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Every product a search finds, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">The query (required) and paging. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The products, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<ProductExpanded> SearchAutoPagingAsync(ProductSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Archives a product, so it can no longer be bought (<c>PUT /api/products/{id}/archive</c>).</summary>
    /// <param name="id">The product id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The archived product, not expanded.</returns>
    Task<Product> ArchiveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a product (<c>DELETE /api/products/{id}</c>; payment-js's <c>del</c>).</summary>
    /// <param name="id">The product id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The product as it was.</returns>
    Task<Product> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
