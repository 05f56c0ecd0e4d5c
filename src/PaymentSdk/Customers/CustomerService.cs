using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>The facade of the customer routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class CustomerService : ICustomerService
{
    private readonly ICustomersApi _api;
    private readonly bool _liveMode;
    private readonly PaginatedListing<CustomerListOptions, CustomerExpanded> _list;
    private readonly PaginatedListing<CustomerSearchOptions, CustomerExpanded> _search;
    private readonly string? _refusesBodyOnGet;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public CustomerService(ICustomersApi api, bool liveMode)
        : this(api, liveMode, BodyOnGet.RefusedHere ? BodyOnGet.ThisRuntime : null)
    {
    }

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    /// <param name="refusesBodyOnGet">
    /// The runtime, when it cannot send a GET with a body (<see cref="BodyOnGet"/>): a retrieve that may create then
    /// fails before sending. Null where it can. Tests pass it to see the refusal on any runtime.
    /// </param>
    internal CustomerService(ICustomersApi api, bool liveMode, string? refusesBodyOnGet)
    {
        _api = api;
        _liveMode = liveMode;
        _list = new("customers.list", (options, operation, cancellationToken) => api.ListAsync(options, liveMode, operation, cancellationToken));
        _search = new("customers.search", (options, operation, cancellationToken) => api.SearchAsync(options, liveMode, operation, cancellationToken));
        _refusesBodyOnGet = refusesBodyOnGet;
    }

    public Task<CustomerExpanded> RetrieveAsync(string id, CustomerRetrieveOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        if (options?.Create != true)
            return OperationRunner.RunAsync(new Repeatable<CustomerExpanded>("customers.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
        if (_refusesBodyOnGet is not null) throw BodyOnGet.Refusal("customers.retrieve", _refusesBodyOnGet);
        var body = SendOnceContent.Json(options.ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<CustomerExpanded>("customers.retrieve"), operation => _api.RetrieveOrCreateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Customer> UpdateAsync(string id, CustomerUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<Customer>("customers.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Paginated<CustomerExpanded>> ListAsync(CustomerListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.PageAsync(options ?? new CustomerListOptions(), cancellationToken);

    public IAsyncEnumerable<CustomerExpanded> ListAutoPagingAsync(CustomerListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.EveryAsync(options ?? new CustomerListOptions(), cancellationToken);

    public Task<Paginated<CustomerExpanded>> SearchAsync(CustomerSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.PageAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public IAsyncEnumerable<CustomerExpanded> SearchAutoPagingAsync(CustomerSearchOptions options, CancellationToken cancellationToken = default) =>
        _search.EveryAsync(Guard.NotNull(options, nameof(options)), cancellationToken);

    public Task<CustomerOverdueInvoices> OverdueInvoicesAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<CustomerOverdueInvoices>("customers.overdueInvoices"), operation => _api.OverdueInvoicesAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }
}
