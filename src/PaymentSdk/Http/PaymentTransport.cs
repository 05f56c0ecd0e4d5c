using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
#if NET5_0_OR_GREATER
using System.Net.Sockets;
#endif

namespace PaymentSdk.Http;

/// <summary>The handler chains a <see cref="PaymentClient"/> sends through.</summary>
internal static class PaymentTransport
{
    /// <summary>
    /// The SDK's handlers over <paramref name="transport"/>, in this order: retries and timeouts, then
    /// authentication (once per attempt), then the transport.
    /// </summary>
    public static HttpMessageHandler Chain(PaymentRetryOptions retry, PaymentAuthenticator? authenticator, ILogger? logger, HttpMessageHandler transport)
    {
        var inner = authenticator is null ? transport : new AuthenticationHandler(authenticator) { InnerHandler = transport };
        return new ResilienceHandler(retry, logger) { InnerHandler = inner };
    }

    /// <summary>
    /// The connections a client owns. Redirects are not followed: a 3xx answer to a POST that moves money
    /// must surface, not be re-sent elsewhere. Connecting is timed by the SDK itself so that a connect
    /// timeout is recognizably "never sent" (an <see cref="HttpRequestException"/> of a connection error)
    /// and can be retried even for void and return-stake.
    /// </summary>
    public static HttpMessageHandler CreateOwned(PaymentRetryOptions retry)
    {
#if NET5_0_OR_GREATER
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

#if NET5_0_OR_GREATER
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
