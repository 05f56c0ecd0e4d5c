using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using PaymentSdk.AspNetCore.Redelivery;

namespace PaymentSdk.AspNetCore;

/// <summary>
/// One mapped webhook endpoint: reads a delivery, verifies it, hands the event over once, answers. Nothing a
/// sender does ends in an unhandled exception: a delivery cut off or too slow is one quiet log line.
/// </summary>
internal sealed class WebhookReceiver
{
    private static readonly byte[] BadRequest = """{"error":"Bad Request"}"""u8.ToArray();
    private static readonly byte[] VerifyFailed = """{"error":"verify sig failed"}"""u8.ToArray();
    private static readonly byte[] TooLarge = """{"error":"Payload Too Large"}"""u8.ToArray();
    private static readonly byte[] Failed = """{"error":"the event could not be handled"}"""u8.ToArray();
    private static readonly byte[] Busy = """{"error":"the event is being handled"}"""u8.ToArray();
    private static readonly byte[] Received = """{"received":true}"""u8.ToArray();

    private readonly PaymentWebhookVerifier _verifier;
    private readonly Func<PaymentEvent, CancellationToken, Task> _handler;
    private readonly HandledEvents? _handled;
    private readonly ILogger _logger;

    /// <param name="verifier">Checks each delivery.</param>
    /// <param name="handler">Handles one event.</param>
    /// <param name="handled">The redelivery guard's store; null when the guard is off.</param>
    /// <param name="logger">Where deliveries are logged.</param>
    public WebhookReceiver(PaymentWebhookVerifier verifier, Func<PaymentEvent, CancellationToken, Task> handler, HandledEvents? handled, ILogger logger)
    {
        _verifier = verifier;
        _handler = handler;
        _handled = handled;
        _logger = logger;
    }

    public async Task ReceiveAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        try
        {
            await ReceiveOrThrowAsync(context, aborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdict on the request (408: the body came too slowly): its status, one line, no stack trace.
            WebhookLog.DeliveryCutOff(_logger, e.StatusCode, e.Message);
            if (!context.Response.HasStarted) context.Response.StatusCode = e.StatusCode;
        }
        catch (Exception e) when (aborted.IsCancellationRequested)
        {
            // The sender went away: there is no one to answer, and nothing it did is an error of the app's.
            WebhookLog.DeliveryAborted(_logger, e.GetType().Name);
        }
    }

    private async Task ReceiveOrThrowAsync(HttpContext context, CancellationToken aborted)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, aborted).ConfigureAwait(false);
        if (body is null)
        {
            WebhookLog.Refused(_logger, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {Microsoft.AspNetCore.Builder.PaymentWebhookEndpointRouteBuilderExtensions.MaxBodyBytes} bytes");
            await AnswerAsync(context, StatusCodes.Status413PayloadTooLarge, TooLarge).ConfigureAwait(false);
            return;
        }
        PaymentEvent evt;
        try
        {
            // The target as it came off the socket: the signature covers the path and query as they were sent.
            var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.PathBase + request.Path + request.QueryString;
            evt = _verifier.ConstructEvent(request.Method, target, Headers(request.Headers), body);
        }
        catch (PaymentWebhookException e)
        {
            // 400 also for a signed body that is not a readable event: delivering it again cannot change it.
            var status = (int)e.StatusCode;
            WebhookLog.Refused(_logger, status, e.Reason);
            await AnswerAsync(context, status, status == StatusCodes.Status400BadRequest ? BadRequest : VerifyFailed).ConfigureAwait(false);
            return;
        }
        var guarded = _handled is not null && !string.IsNullOrEmpty(evt.Id);
        if (guarded)
        {
            var claim = await _handled!.ClaimAsync(evt.Id, aborted).ConfigureAwait(false);
            if (claim != EventClaim.Claimed)
            {
                WebhookLog.Redelivered(_logger, evt.Type, evt.Id, claim == EventClaim.AlreadyHandled ? "already handled" : "being handled");
                await (claim == EventClaim.AlreadyHandled
                    ? AnswerAsync(context, StatusCodes.Status200OK, Received)
                    : AnswerAsync(context, StatusCodes.Status409Conflict, Busy)).ConfigureAwait(false);
                return;
            }
        }
        var handled = false;
        try
        {
            await _handler(evt, aborted).ConfigureAwait(false);
            handled = true;
        }
        catch (Exception e) when (!aborted.IsCancellationRequested)
        {
            WebhookLog.HandlerFailed(_logger, evt.Type, evt.Id, e);
            await AnswerAsync(context, StatusCodes.Status500InternalServerError, Failed).ConfigureAwait(false);
            return;
        }
        finally
        {
            if (guarded) await _handled!.ReleaseAsync(evt.Id, handled, CancellationToken.None).ConfigureAwait(false);
        }
        WebhookLog.Handled(_logger, evt.Type, evt.Id);
        await AnswerAsync(context, StatusCodes.Status200OK, Received).ConfigureAwait(false);
    }

    /// <summary>The whole body, or null when it is larger than the limit (read no further than the limit).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        const int limit = Microsoft.AspNetCore.Builder.PaymentWebhookEndpointRouteBuilderExtensions.MaxBodyBytes;
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static IEnumerable<KeyValuePair<string, string>> Headers(IHeaderDictionary headers)
    {
        foreach (var header in headers)
            foreach (var value in header.Value)
                yield return new KeyValuePair<string, string>(header.Key, value ?? "");
    }

    private static Task AnswerAsync(HttpContext context, int status, byte[] json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(json, 0, json.Length, context.RequestAborted);
    }
}
