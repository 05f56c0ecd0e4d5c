using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Polly.Timeout;

namespace PaymentSdk.Http;

/// <summary>Which failed attempts may be repeated: the per-operation policy of the SDK in one place.</summary>
internal static class RetryRules
{
    /// <summary>
    /// Whether the attempt that ended with <paramref name="response"/> or <paramref name="exception"/>
    /// may be repeated. The caller's cancellation is never retried; the caller checks that first.
    /// </summary>
    public static bool ShouldRetry(Idempotency idempotency, HttpResponseMessage? response, Exception? exception)
    {
        if (response is not null) return idempotency == Idempotency.Idempotent && IsRetryableStatus(response.StatusCode);
        // A transport that re-sends by itself (a caller's HttpClient following a redirect) would do it again.
        if (exception is null || RepeatedSendException.In(exception)) return false;
        if (ProvablyNeverSent(exception)) return true;
        return idempotency == Idempotency.Idempotent && IsTransient(exception);
    }

    /// <summary>408, 429, 500, 502, 503 and 504: answers that say "try again"; every other status is final.</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>
    /// Whether the failure happened before any byte of the request left: the host name did not
    /// resolve, the connection was refused or timed out while connecting, or TLS failed. Only then
    /// may an operation that moves money be sent again. A reset, a closed connection or a timeout
    /// after connecting proves nothing: the server may have acted.
    /// </summary>
    public static bool ProvablyNeverSent(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
#if NET
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError })
                return true;
#endif
            if (e is SocketException socket && IsConnectFailure(socket.SocketErrorCode)) return true;
        }
        return false;
    }

    // Errors a socket reports only while resolving or connecting, never once a request is on its way.
    private static bool IsConnectFailure(SocketError error) => error is SocketError.ConnectionRefused or SocketError.HostNotFound
        or SocketError.TryAgain or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.AddressNotAvailable;

    private static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException or TimeoutException or OperationCanceledException;
}
