using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>The facade of the product routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class ProductService : IProductService
{
    private readonly IProductsApi _api;
    private readonly bool _liveMode;
    private readonly PaginatedListing<ProductListOptions, ProductExpanded> _list;
    private readonly PaginatedListing<ProductSearchOptions, ProductExpanded> _search;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public ProductService(IProductsApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
        _list = new("products.list", (options, operation, cancellationToken) => api.ListAsync(options, liveMode, operation, cancellationToken));
        _search = new("products.search", (options, operation, cancellationToken) => api.SearchAsync(options, liveMode, operation, cancellationToken));
    }

    public Task<ProductExpanded> CreateAsync(ProductCreateOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<ProductExpanded>("products.create"), operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<ProductExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<ProductExpanded>("products.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<ProductExpanded> UpdateAsync(string id, ProductUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<ProductExpanded>("products.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Paginated<ProductExpanded>> ListAsync(ProductListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.PageAsync(options ?? new ProductListOptions(), cancellationToken);

    public IAsyncEnumerable<ProductExpanded> ListAutoPagingAsync(ProductListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.EveryAsync(options ?? new ProductListOptions(), cancellationToken);

    public Task<Paginated<ProductExpanded>> SearchAsync(ProductSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.PageAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public IAsyncEnumerable<ProductExpanded> SearchAutoPagingAsync(ProductSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.EveryAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public Task<Product> ArchiveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<Product>("products.archive"), operation => _api.ArchiveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<Product> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<Product>("products.del"), operation => _api.DeleteAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }
}
