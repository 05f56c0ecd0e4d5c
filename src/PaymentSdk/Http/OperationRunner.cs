using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Diagnostics;
using PaymentSdk.Errors;
using PaymentSdk.Internal;
using Polly.Timeout;

namespace PaymentSdk.Http;

/// <summary>
/// Runs one operation of the facade over its Refit route and reads the answer: an activity for the
/// operation, the answer deserialized in place from the pooled buffer with the route's source-generated
/// metadata, and every other outcome turned into a typed <see cref="PaymentException"/> that says how
/// many attempts were made. Nothing from Refit, the transport or Polly reaches the caller as it is.
/// </summary>
internal static class OperationRunner
{
    private const int SnippetLength = 200;

    /// <summary>Runs an operation its route says may be repeated.</summary>
    /// <param name="operation">The call; its context fills in as the request passes the SDK's handlers.</param>
    /// <param name="send">Sends the request on the operation's route (a method of the Refit interface) with the operation.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static Task<TAnswer> RunAsync<TAnswer>(Repeatable<TAnswer> operation, Func<Repeatable<TAnswer>, Task<HttpResponseMessage>> send, CancellationToken cancellationToken) =>
        RunAsync(operation, () => send(operation), cancellationToken);

    /// <summary>Runs an operation its route says is never sent again once it may have reached the server.</summary>
    /// <param name="operation">The call; its context fills in as the request passes the SDK's handlers.</param>
    /// <param name="send">Sends the request on the operation's route (a method of the Refit interface) with the operation.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static Task<TAnswer> RunAsync<TAnswer>(SentOnce<TAnswer> operation, Func<SentOnce<TAnswer>, Task<HttpResponseMessage>> send, CancellationToken cancellationToken) =>
        RunAsync(operation, () => send(operation), cancellationToken);

    /// <param name="operation">The call; its context fills in as the request passes the SDK's handlers.</param>
    /// <param name="send">Sends the request on the operation's route (a method of the Refit interface), with <paramref name="operation"/>.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    private static async Task<TAnswer> RunAsync<TAnswer>(Operation<TAnswer> operation, Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var activity = PaymentTelemetry.ActivitySource.StartActivity(operation.OperationName, ActivityKind.Internal);
        activity?.SetTag(PaymentTelemetry.OperationTag, operation.OperationName);
        try
        {
            return await SendAsync(operation, send, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag(PaymentTelemetry.ErrorTypeTag, e is PaymentApiException api ? PaymentTelemetry.ErrorType(api.StatusCode) : e.GetType().FullName);
            throw;
        }
        finally
        {
            activity?.SetTag(PaymentTelemetry.UrlTemplateTag, operation.PathTemplate);
        }
    }

    private static async Task<TAnswer> SendAsync<TAnswer>(Operation<TAnswer> operation, Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            // The resilience handler has already read the whole body, within the attempt's timeout and the size limit.
            response = await send().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (PaymentException e)
        {
            throw Counted(e, operation, e);
        }
        catch (Exception e) when (ToTransportException(e, operation.Method, operation.Path) is { } failure)
        {
            throw Counted(failure, operation, e);
        }
        using (response)
        {
            // The body stays in the resilience handler's pooled buffer until the response is disposed, after reading it.
            // A response that did not pass the resilience handler (none does, in the SDK's own chains) is read under the default limit.
            if (response.Content is not BufferedContent buffered)
                response.Content = buffered = await BufferedContent.ReadAsync(response, PaymentClientOptions.DefaultMaxResponseBytes, operation, cancellationToken).ConfigureAwait(false);
            var body = buffered.Memory;
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return ReadAnswer(operation, response, body);
            }
            catch (PaymentException e)
            {
                throw Counted(e, operation, null);
            }
            catch (Exception e) when (ServerDataFaults.IsCausedByData(e))
            {
                // The one place where what the server sent becomes a typed error, for every operation (ServerDataFaults says how a defect is told apart).
                var at = e is JsonException { Path: { } path } ? $" at {path}" : "";
                throw Counted(NotExpectedJson(operation, response, body.Span, $"the body is not valid JSON of that shape{at} ({e.Message})", e), operation, null);
            }
        }
    }

    /// <summary>The answer, or the typed exception for an error status or a body that is not the expected JSON.</summary>
    private static TAnswer ReadAnswer<TAnswer>(Operation<TAnswer> operation, HttpResponseMessage response, ReadOnlyMemory<byte> body)
    {
        if (!response.IsSuccessStatusCode)
            throw ApiErrorResponse.ToException(response.StatusCode, body.Span, operation.Method, operation.Path);
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (body.Length == 0)
            throw NotExpectedJson(operation, response, body.Span, "the body is empty", null);
        if (mediaType is not null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            throw NotExpectedJson(operation, response, body.Span, $"the body is {mediaType}, not JSON", null);
        // Checked before reading: a raw JSON field (metadata) would otherwise hold invalid UTF-8 until first read.
        if (ServerDataFaults.InvalidUtf8(body.Span) is { } invalid)
            throw NotExpectedJson(operation, response, body.Span, "the body is not UTF-8 JSON: " + invalid, null);
        return JsonSerializer.Deserialize(body.Span, operation.Answer)
            ?? throw NotExpectedJson(operation, response, body.Span, "the body is JSON null", null);
    }

    /// <summary>The typed exception for a failure below HTTP.</summary>
    private static PaymentException? ToTransportException(Exception e, string method, string path) => e switch
    {
        TimeoutRejectedException timeout => new PaymentTimeoutException(method, path, timeout.Timeout, e),
        // Not the caller's cancellation (filtered out before): the Timeout of a caller's HttpClient ran out.
        OperationCanceledException => new PaymentTimeoutException(method, path, null, e),
        _ when RepeatedSendException.In(e) => new PaymentConnectionException(method, path,
            $"The transport under PaymentClient tried to send {method} {path} a second time within one attempt, most likely to follow a redirect " +
            "that Payment Kit (or a proxy in front of it) answered with; the SDK never lets a transport repeat a request by itself, since a " +
            "repeated request could move money twice. Set PaymentClientOptions.BaseUrl to the address it redirects to, or turn off automatic " +
            "redirects on the HttpClient's handler (AllowAutoRedirect = false) to get the redirect as a PaymentApiException.", e),
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
                : $"The request may have reached Payment Kit, so it was not sent again ({context.OperationName} is not safe to repeat): " +
                  (context.ObjectName is { } name ? $"check the {name} before calling again." : "check whether it took effect before calling again.");
        }
        exception.RecordAttempts(Math.Max(1, context.Attempts), remark);
        return exception;
    }

    private static PaymentApiException NotExpectedJson<TAnswer>(Operation<TAnswer> operation, HttpResponseMessage response, ReadOnlySpan<byte> body, string reason, Exception? inner)
    {
        var start = ApiErrorResponse.BodyStart(body, SnippetLength + 1);
        var snippet = start.Length <= SnippetLength ? start : start.Substring(0, SnippetLength) + "…";
        // The reason may quote the server (a media type, a property name in a JSON path): cut like any server text.
        if (reason.Length > ApiErrorResponse.MaxMessageLength) reason = reason.Substring(0, ApiErrorResponse.MaxMessageLength) + "…";
        var message = $"Payment Kit answered {operation.Method} {operation.Path} with {(int)response.StatusCode} {response.StatusCode}, but {reason}; " +
                      $"expected a {typeof(TAnswer).Name} for {operation.OperationName}. The body starts: {snippet}";
        return new PaymentApiException(response.StatusCode, null, null, ApiErrorResponse.BodyStart(body, PaymentApiException.MaxRawBodyLength), operation.Method, operation.Path, message, inner);
    }
}
