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
        return OperationRunner.RunAsync(
            new Operation<WebhookEndpoint>("webhookEndpoints.create", PaymentJsonContext.Default.WebhookEndpoint),
            operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken),
            cancellationToken);
    }

    public Task<WebhookEndpointExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(
            new Operation<WebhookEndpointExpanded>("webhookEndpoints.retrieve", PaymentJsonContext.Default.WebhookEndpointExpanded),
            operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public Task<WebhookEndpoint> UpdateAsync(string id, WebhookEndpointUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(
            new Operation<WebhookEndpoint>("webhookEndpoints.update", PaymentJsonContext.Default.WebhookEndpoint),
            operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken),
            cancellationToken);
    }

    public Task<Paginated<WebhookEndpointExpanded>> ListAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? new WebhookEndpointListOptions();
        o.Validate();
        return OperationRunner.RunAsync(
            new Operation<Paginated<WebhookEndpointExpanded>>("webhookEndpoints.list", PaymentJsonContext.Default.PaginatedWebhookEndpointExpanded),
            operation => _api.ListAsync(o.Page, o.PageSize, _liveMode, operation, cancellationToken),
            cancellationToken);
    }

    public IAsyncEnumerable<WebhookEndpointExpanded> ListAutoPagingAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WebhookEndpointListOptions();
        options.Validate();
        return AutoPaging.EnumerateAsync("webhookEndpoints.list", options, ListAsync, item => item.Id, cancellationToken);
    }

    public Task<WebhookEndpoint> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(
            new Operation<WebhookEndpoint>("webhookEndpoints.del", PaymentJsonContext.Default.WebhookEndpoint),
            operation => _api.DeleteAsync(id, _liveMode, operation, cancellationToken),
            cancellationToken);
    }
}
