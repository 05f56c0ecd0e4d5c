using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>Sends the invoice routes through the client's pipeline, after checking every argument.</summary>
internal sealed class InvoiceService : IInvoiceService
{
    private readonly PaymentPipeline _pipeline;

    public InvoiceService(PaymentPipeline pipeline) => _pipeline = pipeline;

    public Task<InvoiceWithDiscount> RetrieveAsync(string id, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(new ApiRequest<InvoiceWithDiscount>(InvoiceRoutes.Retrieve, Guard.Id(id, nameof(id))), cancellationToken);

    public Task<Paginated<InvoiceExpanded>> ListAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new InvoiceListOptions();
        options.Validate();
        return _pipeline.SendAsync(new ApiRequest<Paginated<InvoiceExpanded>>(InvoiceRoutes.List, query: options.ToQuery()), cancellationToken);
    }

    public IAsyncEnumerable<InvoiceExpanded> ListAutoPagingAsync(InvoiceListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new InvoiceListOptions();
        options.Validate();
        return AutoPaging.EnumerateAsync(options, ListAsync, cancellationToken);
    }

    public Task<Paginated<InvoiceExpanded>> SearchAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options)).Validate();
        return _pipeline.SendAsync(new ApiRequest<Paginated<InvoiceExpanded>>(InvoiceRoutes.Search, query: options.ToQuery()), cancellationToken);
    }

    public IAsyncEnumerable<InvoiceExpanded> SearchAutoPagingAsync(InvoiceSearchOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options)).Validate();
        return AutoPaging.EnumerateAsync(options, SearchAsync, cancellationToken);
    }

    public Task<Invoice> UpdateAsync(string id, InvoiceUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = Guard.NotNull(options, nameof(options)).ToJsonBody();
        return _pipeline.SendAsync(new ApiRequest<Invoice>(InvoiceRoutes.Update, id, jsonBody: body), cancellationToken);
    }

    public Task<Invoice> VoidAsync(string id, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(new ApiRequest<Invoice>(InvoiceRoutes.Void, Guard.Id(id, nameof(id))), cancellationToken);

    public Task<StakeInfo> GetReturnStakeAsync(string id, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(new ApiRequest<StakeInfo>(InvoiceRoutes.GetReturnStake, Guard.Id(id, nameof(id))), cancellationToken);

    public Task<ReturnResult> ReturnStakeAsync(string id, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(new ApiRequest<ReturnResult>(InvoiceRoutes.ReturnStake, Guard.Id(id, nameof(id))), cancellationToken);
}
