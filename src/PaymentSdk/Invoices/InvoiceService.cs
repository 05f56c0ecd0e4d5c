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
        return OperationRunner.RunAsync(
            new Operation<InvoiceWithDiscount>("invoices.retrieve", PaymentJsonContext.Default.InvoiceWithDiscount),
            operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public Task<Paginated<InvoiceExpanded>> ListAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? new InvoiceListOptions();
        o.Validate();
        return OperationRunner.RunAsync(
            new Operation<Paginated<InvoiceExpanded>>("invoices.list", PaymentJsonContext.Default.PaginatedInvoiceExpanded),
            operation => _api.ListAsync(
                o.Status, o.CustomerId, o.CustomerDid, o.SubscriptionId, o.CurrencyId,
                o.IgnoreZero, o.IncludeStaking, o.IncludeReturnStaking, o.IncludeOverdraftProtection, o.IncludeRecoveredFrom,
                o.Metadata, o.Page, o.PageSize, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public IAsyncEnumerable<InvoiceExpanded> ListAutoPagingAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new InvoiceListOptions();
        options.Validate();
        return AutoPaging.EnumerateAsync("invoices.list", options, ListAsync, item => item.Id, cancellationToken);
    }

    public Task<Paginated<InvoiceExpanded>> SearchAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options)).Validate();
        return OperationRunner.RunAsync(
            new Operation<Paginated<InvoiceExpanded>>("invoices.search", PaymentJsonContext.Default.PaginatedInvoiceExpanded),
            operation => _api.SearchAsync(options.Query!, options.Page, options.PageSize, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public IAsyncEnumerable<InvoiceExpanded> SearchAutoPagingAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options)).Validate();
        return AutoPaging.EnumerateAsync("invoices.search", options, SearchAsync, item => item.Id, cancellationToken);
    }

    public Task<Invoice> UpdateAsync(string id, InvoiceUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(
            new Operation<Invoice>("invoices.update", PaymentJsonContext.Default.Invoice),
            operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken),
            cancellationToken);
    }

    public Task<Invoice> VoidAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(
            new Operation<Invoice>("invoices.void", PaymentJsonContext.Default.Invoice),
            operation => _api.VoidAsync(id, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public Task<StakeInfo> GetReturnStakeAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(
            new Operation<StakeInfo>("invoices.getReturnStake", PaymentJsonContext.Default.StakeInfo),
            operation => _api.GetReturnStakeAsync(id, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public Task<ReturnResult> ReturnStakeAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(
            new Operation<ReturnResult>("invoices.returnStake", PaymentJsonContext.Default.ReturnResult),
            operation => _api.ReturnStakeAsync(id, _liveMode, operation, cancellationToken),
            cancellationToken);
    }
}
