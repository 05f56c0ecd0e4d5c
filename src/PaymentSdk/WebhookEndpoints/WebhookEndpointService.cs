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

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public WebhookEndpointService(IWebhookEndpointsApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
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

    public Task<Paginated<WebhookEndpointExpanded>> ListAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = Guard.Valid(options ?? new WebhookEndpointListOptions());
        return OperationRunner.RunAsync(new Repeatable<Paginated<WebhookEndpointExpanded>>("webhookEndpoints.list"), operation => _api.ListAsync(o, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public IAsyncEnumerable<WebhookEndpointExpanded> ListAutoPagingAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default)
    {
        return AutoPaging.EnumerateAsync("webhookEndpoints.list", Guard.Valid(options ?? new WebhookEndpointListOptions()), ListAsync, cancellationToken);
    }

    public Task<WebhookEndpoint> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<WebhookEndpoint>("webhookEndpoints.del"), operation => _api.DeleteAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }
}
