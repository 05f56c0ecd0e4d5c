using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// The facade of the invoice routes: checks every argument before anything is sent, names the
/// operation as payment-js names it, and runs it over its route of <see cref="IInvoicesApi"/>.
/// </summary>
internal sealed class InvoiceService : IInvoiceService
{
    private readonly IInvoicesApi _api;
    private readonly bool _liveMode;
    private readonly Listing<InvoiceListOptions, InvoiceListPage, InvoiceExpanded> _list;
    private readonly PaginatedListing<InvoiceSearchOptions, InvoiceExpanded> _search;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public InvoiceService(IInvoicesApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
        _list = new("invoices.list", (options, operation, cancellationToken) => api.ListAsync(options, liveMode, operation, cancellationToken));
        _search = new("invoices.search", (options, operation, cancellationToken) => api.SearchAsync(options, liveMode, operation, cancellationToken));
    }

    public Task<InvoiceWithDiscount> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<InvoiceWithDiscount>("invoices.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<InvoiceListPage> ListAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.PageAsync(options ?? new InvoiceListOptions(), cancellationToken);

    public IAsyncEnumerable<InvoiceExpanded> ListAutoPagingAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.EveryAsync(options ?? new InvoiceListOptions(), cancellationToken);

    public Task<Paginated<InvoiceExpanded>> SearchAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.PageAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public IAsyncEnumerable<InvoiceExpanded> SearchAutoPagingAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.EveryAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public Task<Invoice> UpdateAsync(string id, InvoiceUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<Invoice>("invoices.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Invoice> VoidAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<Invoice>("invoices.void"), operation => _api.VoidAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<StakeInfo> GetReturnStakeAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<StakeInfo>("invoices.getReturnStake"), operation => _api.GetReturnStakeAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<ReturnResult> ReturnStakeAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<ReturnResult>("invoices.returnStake"), operation => _api.ReturnStakeAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }
}
