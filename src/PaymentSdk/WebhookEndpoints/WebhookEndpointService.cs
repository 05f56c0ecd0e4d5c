using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>The facade of the webhook-endpoint routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class WebhookEndpointService : IWebhookEndpointService
{
    private readonly IWebhookEndpointsApi _api;
    private readonly bool _liveMode;
    private readonly PaginatedListing<WebhookEndpointListOptions, WebhookEndpointExpanded> _list;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public WebhookEndpointService(IWebhookEndpointsApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
        _list = new("webhookEndpoints.list", (options, operation, cancellationToken) => api.ListAsync(options, liveMode, operation, cancellationToken));
    }

    public Task<WebhookEndpoint> CreateAsync(WebhookEndpointCreateOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<WebhookEndpoint>("webhookEndpoints.create"), operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<WebhookEndpointExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<WebhookEndpointExpanded>("webhookEndpoints.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<WebhookEndpoint> UpdateAsync(string id, WebhookEndpointUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<WebhookEndpoint>("webhookEndpoints.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Paginated<WebhookEndpointExpanded>> ListAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.PageAsync(options ?? new WebhookEndpointListOptions(), cancellationToken);

    public IAsyncEnumerable<WebhookEndpointExpanded> ListAutoPagingAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default) =>
        _list.EveryAsync(options ?? new WebhookEndpointListOptions(), cancellationToken);

    public Task<WebhookEndpoint> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<WebhookEndpoint>("webhookEndpoints.del"), operation => _api.DeleteAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }
}
