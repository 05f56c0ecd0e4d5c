using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Errors;

namespace PaymentSdk.Http;

/// <summary>
/// Sends any declared <see cref="ApiRoute{TResult}"/> over an <see cref="HttpClient"/>: builds the URL
/// (base path, escaped id, caller parameters, then <c>livemode</c>), applies the timeout, and turns
/// every outcome into a typed result or a typed <see cref="PaymentException"/>.
/// </summary>
internal sealed class PaymentPipeline : IDisposable
{
    private const int SnippetLength = 200;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly ProductInfoHeaderValue UserAgent = new("PaymentSdk", SdkVersion());
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly bool _disposeHttpClient;
    private readonly string _origin;
    private readonly string _basePath;
    private readonly string _liveMode;
    private readonly TimeSpan _timeout;

    /// <param name="httpClient">The client that carries the requests.</param>
    /// <param name="disposeHttpClient">Whether the pipeline owns <paramref name="httpClient"/>.</param>
    /// <param name="baseUrl">Payment Kit's base URL, mount point included; already validated.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    /// <param name="timeout">How long one request may take, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    public PaymentPipeline(HttpClient httpClient, bool disposeHttpClient, Uri baseUrl, bool liveMode, TimeSpan timeout)
    {
        _httpClient = httpClient;
        _disposeHttpClient = disposeHttpClient;
        _origin = baseUrl.GetLeftPart(UriPartial.Authority);
        _basePath = baseUrl.AbsolutePath.TrimEnd('/');
        _liveMode = liveMode ? "true" : "false";
        _timeout = timeout;
    }

    public async Task<TResult> SendAsync<TResult>(ApiRequest<TResult> request, CancellationToken cancellationToken)
    {
        var route = request.Route;
        var method = route.Method.Method;
        var path = _basePath + route.ExpandPath(request.Id);
        using var message = CreateMessage(request, path);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout != Timeout.InfiniteTimeSpan) timeout.CancelAfter(_timeout);
        try
        {
            using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await ReadBodyAsync(response.Content, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw ApiErrorResponse.ToException(response.StatusCode, Encoding.UTF8.GetString(body), method, path);
            return Deserialize(route, response, body, path);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e)
        {
            // Ours when our timer fired; otherwise the HttpClient's own Timeout (a caller's client).
            throw new PaymentTimeoutException(method, path, timeout.IsCancellationRequested ? _timeout : null, e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new PaymentConnectionException(method, path, e);
        }
    }

    private HttpRequestMessage CreateMessage<TResult>(ApiRequest<TResult> request, string path)
    {
        // livemode goes last, after the caller's parameters, as payment-js sends it.
        var callerQuery = request.Query.Encode("options");
        var url = _origin + path + "?" + (callerQuery.Length == 0 ? "" : callerQuery + "&") + "livemode=" + _liveMode;
        var message = new HttpRequestMessage(request.Route.Method, new Uri(url, UriKind.Absolute));
        message.Headers.UserAgent.Add(UserAgent);
        message.Headers.Accept.Add(AcceptJson);
        if (request.JsonBody is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = JsonContentType;
        }
        return message;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return Array.Empty<byte>();
#if NET5_0_OR_GREATER
        return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        using (cancellationToken.Register(content.Dispose))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // Disposing the content to stop the read surfaces as ObjectDisposedException or an
                // I/O error; it is a cancellation (or our timeout), not a broken connection.
                throw new OperationCanceledException(cancellationToken);
            }
        }
#endif
    }

    private static TResult Deserialize<TResult>(ApiRoute<TResult> route, HttpResponseMessage response, byte[] body, string path)
    {
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (body.Length == 0)
            throw NotExpectedJson(route, response, body, path, "the body is empty", null);
        if (mediaType is not null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            throw NotExpectedJson(route, response, body, path, $"the body is {mediaType}, not JSON", null);
        TResult? result;
        try
        {
            result = JsonSerializer.Deserialize(body, route.ResultType);
        }
        catch (JsonException e)
        {
            throw NotExpectedJson(route, response, body, path, "the body is not valid JSON of that shape (" + e.Message + ")", e);
        }
        return result ?? throw NotExpectedJson(route, response, body, path, "the body is JSON null", null);
    }

    private static PaymentApiException NotExpectedJson<TResult>(ApiRoute<TResult> route, HttpResponseMessage response, byte[] body, string path, string reason, Exception? inner)
    {
        var text = Encoding.UTF8.GetString(body);
        var snippet = text.Length <= SnippetLength ? text : text.Substring(0, SnippetLength) + "…";
        var method = route.Method.Method;
        var message = $"Payment Kit answered {method} {path} with {(int)response.StatusCode} {response.StatusCode}, but {reason}; " +
                      $"expected a {typeof(TResult).Name} for {route.Name}. The body starts: {snippet}";
        return new PaymentApiException(response.StatusCode, null, null, text, method, path, message, inner);
    }

    private static string SdkVersion()
    {
        var version = typeof(PaymentPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    public void Dispose()
    {
        if (_disposeHttpClient) _httpClient.Dispose();
    }
}
