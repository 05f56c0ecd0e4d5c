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

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public InvoiceService(IInvoicesApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
    }

    public Task<InvoiceWithDiscount> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<InvoiceWithDiscount>("invoices.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<InvoiceListPage> ListAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = Guard.Valid(options ?? new InvoiceListOptions());
        return OperationRunner.RunAsync(new Repeatable<InvoiceListPage>("invoices.list"), operation => _api.ListAsync(o, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public IAsyncEnumerable<InvoiceExpanded> ListAutoPagingAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default)
    {
        return AutoPaging.EnumerateAsync<InvoiceListOptions, InvoiceListPage, InvoiceExpanded>("invoices.list", Guard.Valid(options ?? new InvoiceListOptions()), ListAsync, cancellationToken);
    }

    public Task<Paginated<InvoiceExpanded>> SearchAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Valid(Guard.NotNull(options, nameof(options)));
        return OperationRunner.RunAsync(new Repeatable<Paginated<InvoiceExpanded>>("invoices.search"), operation => _api.SearchAsync(options, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public IAsyncEnumerable<InvoiceExpanded> SearchAutoPagingAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default)
    {
        return AutoPaging.EnumerateAsync("invoices.search", Guard.Valid(Guard.NotNull(options, nameof(options))), SearchAsync, cancellationToken);
    }

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
