using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The webhook endpoints of Payment Kit, where it delivers events: the .NET form of payment-js's
/// <c>payment.webhookEndpoints</c>. Reach it as <see cref="PaymentClient.WebhookEndpoints"/>; mock this
/// interface in your own tests. Verify what arrives with <see cref="PaymentWebhookVerifier"/>.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads and updates are retried like invoice reads; create and delete are not
/// repeated once they may have reached Payment Kit.
/// </remarks>
public interface IWebhookEndpointService
{
    /// <summary>Registers an endpoint (<c>POST /api/webhook-endpoints</c>).</summary>
    /// <param name="options">Its URL and event types (required), description, status and metadata.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new endpoint.</returns>
    Task<WebhookEndpoint> CreateAsync(WebhookEndpointCreateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one endpoint with its recent delivery attempts (<c>GET /api/webhook-endpoints/{id}</c>).</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The endpoint.</returns>
    Task<WebhookEndpointExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes an endpoint (<c>PUT /api/webhook-endpoints/{id}</c>).</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="options">What to change; at least one setting.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated endpoint.</returns>
    Task<WebhookEndpoint> UpdateAsync(string id, WebhookEndpointUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of endpoints (<c>GET /api/webhook-endpoints</c>).</summary>
    /// <param name="options">Paging; null for the server's defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/>.</returns>
    Task<Paginated<WebhookEndpointExpanded>> ListAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Every endpoint, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">Paging; null for the server's defaults. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The endpoints, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<WebhookEndpointExpanded> ListAutoPagingAsync(WebhookEndpointListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes an endpoint (<c>DELETE /api/webhook-endpoints/{id}</c>; payment-js's <c>del</c>).</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The endpoint as it was.</returns>
    Task<WebhookEndpoint> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
