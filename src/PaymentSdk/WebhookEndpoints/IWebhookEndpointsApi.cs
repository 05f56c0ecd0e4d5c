using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's webhook-endpoint routes, as payment-js declares them in
/// <c>lib/resources/webhook-endpoint.js</c>, written by Refit's source generator like
/// <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters and why routes answer
/// <see cref="HttpResponseMessage"/>). Creating and deleting are not repeated once they may have been sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface IWebhookEndpointsApi
{
    /// <summary><c>webhookEndpoints.create</c>.</summary>
    [Post("/api/webhook-endpoints")]
    Task<HttpResponseMessage> CreateAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<WebhookEndpoint> operation,
        CancellationToken cancellationToken);

    /// <summary><c>webhookEndpoints.retrieve</c>.</summary>
    [Get("/api/webhook-endpoints/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<WebhookEndpointExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>webhookEndpoints.update</c>.</summary>
    [Put("/api/webhook-endpoints/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<WebhookEndpoint> operation,
        CancellationToken cancellationToken);

    /// <summary><c>webhookEndpoints.list</c>.</summary>
    [Get("/api/webhook-endpoints")]
    Task<HttpResponseMessage> ListAsync(
        [QueryConverter(typeof(OptionsQuery<WebhookEndpointListOptions>))] WebhookEndpointListOptions options,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Paginated<WebhookEndpointExpanded>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>webhookEndpoints.del</c>.</summary>
    [Delete("/api/webhook-endpoints/{id}")]
    Task<HttpResponseMessage> DeleteAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<WebhookEndpoint> operation,
        CancellationToken cancellationToken);
}
