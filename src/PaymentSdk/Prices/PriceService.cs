using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>The facade of the price routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class PriceService : IPriceService
{
    private readonly IPricesApi _api;
    private readonly bool _liveMode;
    private readonly PaginatedListing<PriceListOptions, PriceExpanded> _list;
    private readonly PaginatedListing<PriceSearchOptions, PriceExpanded> _search;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public PriceService(IPricesApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
        _list = new("prices.list", (options, operation, cancellationToken) => api.ListAsync(options, liveMode, operation, cancellationToken));
        _search = new("prices.search", (options, operation, cancellationToken) => api.SearchAsync(options, liveMode, operation, cancellationToken));
    }

    public Task<PriceExpanded> CreateAsync(PriceCreateOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PriceExpanded>("prices.create"), operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<PriceExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<PriceExpanded>("prices.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<PriceExpanded> UpdateAsync(string id, PriceUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<PriceExpanded>("prices.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Paginated<PriceExpanded>> ListAsync(PriceListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.PageAsync(options ?? new PriceListOptions(), cancellationToken);

    public IAsyncEnumerable<PriceExpanded> ListAutoPagingAsync(PriceListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.EveryAsync(options ?? new PriceListOptions(), cancellationToken);

    public Task<Paginated<PriceExpanded>> SearchAsync(PriceSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.PageAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public IAsyncEnumerable<PriceExpanded> SearchAutoPagingAsync(PriceSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.EveryAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public Task<PriceExpanded> ArchiveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<PriceExpanded>("prices.archive"), operation => _api.ArchiveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<Price> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<Price>("prices.del"), operation => _api.DeleteAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<PriceExpanded> InventoryAsync(string id, PriceInventoryOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PriceExpanded>("prices.inventory"), operation => _api.InventoryAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }
}
