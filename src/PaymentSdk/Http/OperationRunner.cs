using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Diagnostics;
using PaymentSdk.Errors;
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

    /// <param name="operation">The call; its context fills in as the request passes the SDK's handlers.</param>
    /// <param name="send">Sends the request on the operation's route (a method of the Refit interface).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static async Task<TAnswer> RunAsync<TAnswer>(Operation<TAnswer> operation, Func<Operation<TAnswer>, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
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

    private static async Task<TAnswer> SendAsync<TAnswer>(Operation<TAnswer> operation, Func<Operation<TAnswer>, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        try
        {
            // The resilience handler has already read the whole body, within the attempt's timeout.
            using var response = await send(operation).ConfigureAwait(false);
            // The body stays in the resilience handler's pooled buffer until the response is disposed, after deserializing.
            var body = response.Content is BufferedContent buffered
                ? buffered.Memory
                : await HttpContents.ReadAllBytesAsync(response.Content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw Counted(ApiErrorResponse.ToException(response.StatusCode, Text(body), operation.Method, operation.Path), operation, null);
            try
            {
                return Deserialize(operation, response, body);
            }
            catch (PaymentException e)
            {
                throw Counted(e, operation, null);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (ToTransportException(e, operation.Method, operation.Path) is { } failure)
        {
            throw Counted(failure, operation, e);
        }
    }

    /// <summary>The typed exception for a failure below HTTP.</summary>
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
                : $"The request may have reached Payment Kit, so it was not sent again ({context.OperationName} is not safe to repeat): check the invoice before calling again.";
        }
        exception.RecordAttempts(Math.Max(1, context.Attempts), remark);
        return exception;
    }

    private static TAnswer Deserialize<TAnswer>(Operation<TAnswer> operation, HttpResponseMessage response, ReadOnlyMemory<byte> body)
    {
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (body.Length == 0)
            throw NotExpectedJson(operation, response, body, "the body is empty", null);
        if (mediaType is not null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            throw NotExpectedJson(operation, response, body, $"the body is {mediaType}, not JSON", null);
        TAnswer? answer;
        try
        {
            answer = JsonSerializer.Deserialize(body.Span, operation.Answer);
        }
        catch (JsonException e)
        {
            throw NotExpectedJson(operation, response, body, "the body is not valid JSON of that shape (" + e.Message + ")", e);
        }
        return answer ?? throw NotExpectedJson(operation, response, body, "the body is JSON null", null);
    }

    private static PaymentApiException NotExpectedJson<TAnswer>(Operation<TAnswer> operation, HttpResponseMessage response, ReadOnlyMemory<byte> body, string reason, Exception? inner)
    {
        var text = Text(body);
        var snippet = text.Length <= SnippetLength ? text : text.Substring(0, SnippetLength) + "…";
        var message = $"Payment Kit answered {operation.Method} {operation.Path} with {(int)response.StatusCode} {response.StatusCode}, but {reason}; " +
                      $"expected a {typeof(TAnswer).Name} for {operation.OperationName}. The body starts: {snippet}";
        return new PaymentApiException(response.StatusCode, null, null, text, operation.Method, operation.Path, message, inner);
    }

    /// <summary>A body as text, for error messages (rare: no need to avoid the copy).</summary>
    private static string Text(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.ToArray());
}
