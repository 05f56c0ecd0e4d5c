using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Http;

/// <summary>
/// Lets a caller's <see cref="HttpClient"/> be the transport under the SDK's own handlers, so that
/// retries and timeouts apply to it too. Each attempt is one <see cref="HttpClient.SendAsync(HttpRequestMessage, HttpCompletionOption, CancellationToken)"/>
/// of a fresh message, so the client's own <see cref="HttpClient.Timeout"/> and default headers apply per attempt.
/// </summary>
internal sealed class HttpClientTransport : HttpMessageHandler
{
    private readonly HttpClient _httpClient;

    public HttpClientTransport(HttpClient httpClient) => _httpClient = httpClient;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
