using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.AspNetCore;

/// <summary>One mapped webhook endpoint: reads a delivery, verifies it, hands the event over, answers.</summary>
internal sealed class WebhookReceiver
{
    private static readonly byte[] BadRequest = """{"error":"Bad Request"}"""u8.ToArray();
    private static readonly byte[] VerifyFailed = """{"error":"verify sig failed"}"""u8.ToArray();
    private static readonly byte[] TooLarge = """{"error":"Payload Too Large"}"""u8.ToArray();
    private static readonly byte[] Failed = """{"error":"the event could not be handled"}"""u8.ToArray();
    private static readonly byte[] Received = """{"received":true}"""u8.ToArray();

    private readonly PaymentWebhookVerifier _verifier;
    private readonly Func<PaymentEvent, CancellationToken, Task> _handler;
    private readonly ILogger _logger;

    public WebhookReceiver(PaymentWebhookVerifier verifier, Func<PaymentEvent, CancellationToken, Task> handler, ILogger logger)
    {
        _verifier = verifier;
        _handler = handler;
        _logger = logger;
    }

    public async Task ReceiveAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
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
            var status = (int)e.StatusCode;
            WebhookLog.Refused(_logger, status, e.Reason);
            await AnswerAsync(context, status, status == StatusCodes.Status400BadRequest ? BadRequest : VerifyFailed).ConfigureAwait(false);
            return;
        }
        try
        {
            await _handler(evt, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            WebhookLog.HandlerFailed(_logger, evt.Type, evt.Id, e);
            await AnswerAsync(context, StatusCodes.Status500InternalServerError, Failed).ConfigureAwait(false);
            return;
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
