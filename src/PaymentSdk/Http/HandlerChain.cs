using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using PaymentSdk.Diagnostics;
#if NET
using System.Net.Sockets;
#endif

namespace PaymentSdk.Http;

/// <summary>
/// The SDK's handler chain, stated once for every way a client is made (<c>new PaymentClient(...)</c>,
/// over a borrowed client or handler, and <c>AddPaymentSdk</c>'s <c>IHttpClientFactory</c> client):
/// retries and timeouts, then authentication once per attempt, then the transport.
/// </summary>
internal static class HandlerChain
{
    /// <summary>The SDK's handlers, outermost first.</summary>
    /// <param name="settings">Validated options; the handlers copy what they need.</param>
    public static IEnumerable<DelegatingHandler> Handlers(PaymentClientOptions settings)
    {
        yield return new ResilienceHandler(settings.Retry, settings.MaxResponseBytes, settings.LoggerFactory?.CreateLogger(PaymentTelemetry.Name));
        yield return new AuthenticationHandler(settings.ResolveAuthenticator());
    }

    /// <summary>The SDK's handlers over <paramref name="transport"/>.</summary>
    public static HttpMessageHandler Over(HttpMessageHandler transport, PaymentClientOptions settings)
    {
        var handlers = new List<DelegatingHandler>(Handlers(settings));
        var inner = transport;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }
        return inner;
    }

    /// <summary>
    /// The connections a client owns. Redirects are not followed: a 3xx answer to a POST that moves money
    /// must surface, not be re-sent elsewhere. Connecting is timed by the SDK itself so that a connect
    /// timeout is recognizably "never sent" (an <see cref="HttpRequestException"/> of a connection error)
    /// and can be retried even for void and return-stake.
    /// </summary>
    public static HttpMessageHandler OwnedConnections(PaymentRetryOptions retry)
    {
#if NET
        var connectTimeout = retry.ConnectTimeout;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, connectTimeout, cancellationToken),
        };
#else
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
#endif
    }

#if NET
    private static async ValueTask<System.IO.Stream> ConnectAsync(DnsEndPoint endPoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan) connectTimeout.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(endPoint, connectTimeout.Token).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            // The handler reports this as a connection error: nothing of the request was sent.
            throw new SocketException((int)SocketError.TimedOut);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
#endif
}
