using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Diagnostics;
using PaymentSdk.Errors;
using Polly.Timeout;

namespace PaymentSdk.Http;

/// <summary>
/// Sends any declared <see cref="ApiRoute{TResult}"/> over an <see cref="HttpClient"/>: builds the URL
/// (base path, escaped id, caller parameters, then <c>livemode</c>), marks it with its route's
/// <see cref="RequestContext"/> for the handlers below (retries, timeouts), and turns every outcome
/// into a typed result or a typed <see cref="PaymentException"/> that says how many attempts were made.
/// </summary>
internal sealed class PaymentPipeline : IDisposable
{
    private const int SnippetLength = 200;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly ProductInfoHeaderValue UserAgent = new("PaymentSdk", SdkVersion());
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly string _origin;
    private readonly string _basePath;
    private readonly string _liveMode;

    /// <param name="httpClient">The client that carries the requests, with the SDK's handlers in its chain; owned by the pipeline.</param>
    /// <param name="baseUrl">Payment Kit's base URL, mount point included; already validated.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public PaymentPipeline(HttpClient httpClient, Uri baseUrl, bool liveMode)
    {
        _httpClient = httpClient;
        _origin = baseUrl.GetLeftPart(UriPartial.Authority);
        _basePath = baseUrl.AbsolutePath.TrimEnd('/');
        _liveMode = liveMode ? "true" : "false";
    }

    public async Task<TResult> SendAsync<TResult>(ApiRequest<TResult> request, CancellationToken cancellationToken)
    {
        var route = request.Route;
        var method = route.Method.Method;
        var path = _basePath + route.ExpandPath(request.Id);
        var context = new RequestContext(route.Name, method, route.PathTemplate, route.Idempotency);
        using var activity = PaymentTelemetry.ActivitySource.StartActivity(route.Name, ActivityKind.Internal);
        activity?.SetTag(PaymentTelemetry.OperationTag, route.Name);
        activity?.SetTag(PaymentTelemetry.UrlTemplateTag, route.PathTemplate);
        try
        {
            return await SendCoreAsync(request, context, path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag(PaymentTelemetry.ErrorTypeTag, e is PaymentApiException api ? PaymentTelemetry.ErrorType(api.StatusCode) : e.GetType().FullName);
            throw;
        }
    }

    private async Task<TResult> SendCoreAsync<TResult>(ApiRequest<TResult> request, RequestContext context, string path, CancellationToken cancellationToken)
    {
        var route = request.Route;
        var method = route.Method.Method;
        using var message = CreateMessage(request, path);
        context.AttachTo(message);
        try
        {
            // The resilience handler has already read the whole body, within the attempt's timeout.
            using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            // The body stays in the resilience handler's pooled buffer until the response is disposed, after deserializing.
            var body = response.Content is BufferedContent buffered
                ? buffered.Memory
                : await HttpContents.ReadAllBytesAsync(response.Content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw Counted(ApiErrorResponse.ToException(response.StatusCode, Text(body), method, path), context, null);
            try
            {
                return Deserialize(route, response, body, path);
            }
            catch (PaymentException e)
            {
                throw Counted(e, context, null);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (ToTransportException(e, method, path) is { } failure)
        {
            throw Counted(failure, context, e);
        }
    }

    /// <summary>
    /// The typed exception for a failure below HTTP. Nothing from the transport or from Polly reaches
    /// the caller as it is.
    /// </summary>
    private static PaymentException? ToTransportException(Exception e, string method, string path) => e switch
    {
        TimeoutRejectedException timeout => new PaymentTimeoutException(method, path, timeout.Timeout, e),
        // Not the caller's cancellation (filtered out before): the Timeout of a caller's HttpClient ran out.
        OperationCanceledException => new PaymentTimeoutException(method, path, null, e),
        HttpRequestException or IOException => new PaymentConnectionException(method, path, e),
        _ => null,
    };

    /// <summary>Adds how many attempts the call made, and for an operation that moves money whether it may have acted.</summary>
    private static PaymentException Counted(PaymentException exception, RequestContext context, Exception? transportFailure)
    {
        string? remark = null;
        if (transportFailure is not null && context.Idempotency == Idempotency.NotIdempotent)
        {
            remark = RetryRules.ProvablyNeverSent(transportFailure)
                ? "The request never reached Payment Kit, so calling again is safe."
                : $"The request may have reached Payment Kit, so it was not sent again ({context.RouteName} is not safe to repeat): check the invoice before calling again.";
        }
        exception.RecordAttempts(Math.Max(1, context.Attempts), remark);
        return exception;
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
            message.Content = new SendOnceContent(body);
            message.Content.Headers.ContentType = JsonContentType;
        }
        return message;
    }

    private static TResult Deserialize<TResult>(ApiRoute<TResult> route, HttpResponseMessage response, ReadOnlyMemory<byte> body, string path)
    {
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (body.Length == 0)
            throw NotExpectedJson(route, response, body, path, "the body is empty", null);
        if (mediaType is not null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            throw NotExpectedJson(route, response, body, path, $"the body is {mediaType}, not JSON", null);
        TResult? result;
        try
        {
            result = JsonSerializer.Deserialize(body.Span, route.ResultType);
        }
        catch (JsonException e)
        {
            throw NotExpectedJson(route, response, body, path, "the body is not valid JSON of that shape (" + e.Message + ")", e);
        }
        return result ?? throw NotExpectedJson(route, response, body, path, "the body is JSON null", null);
    }

    private static PaymentApiException NotExpectedJson<TResult>(ApiRoute<TResult> route, HttpResponseMessage response, ReadOnlyMemory<byte> body, string path, string reason, Exception? inner)
    {
        var text = Text(body);
        var snippet = text.Length <= SnippetLength ? text : text.Substring(0, SnippetLength) + "…";
        var method = route.Method.Method;
        var message = $"Payment Kit answered {method} {path} with {(int)response.StatusCode} {response.StatusCode}, but {reason}; " +
                      $"expected a {typeof(TResult).Name} for {route.Name}. The body starts: {snippet}";
        return new PaymentApiException(response.StatusCode, null, null, text, method, path, message, inner);
    }

    /// <summary>A body as text, for error messages (rare: no need to avoid the copy).</summary>
    private static string Text(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.ToArray());

    private static string SdkVersion()
    {
        var version = typeof(PaymentPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    public void Dispose() => _httpClient.Dispose();
}
