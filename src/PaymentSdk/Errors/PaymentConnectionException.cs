using System;

namespace PaymentSdk;

/// <summary>
/// The request could not be completed at the transport level: the connection was refused or
/// reset, the host name did not resolve, TLS failed, the response broke off mid-way, or a transport of the
/// caller's tried to send a request again by itself (to follow a redirect).
/// </summary>
public class PaymentConnectionException : PaymentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The path of the request, without the query string.</param>
    /// <param name="innerException">The transport's own exception.</param>
    public PaymentConnectionException(string method, string requestPath, Exception? innerException)
        : base($"Could not reach Payment Kit for {method} {requestPath}: {innerException?.Message ?? "the connection failed"}", innerException)
    {
        Method = method;
        RequestPath = requestPath;
    }

    /// <summary>Creates the exception with a message of its own, for a transport failure the SDK can explain better than the transport.</summary>
    internal PaymentConnectionException(string method, string requestPath, string message, Exception innerException)
        : base(message, innerException)
    {
        Method = method;
        RequestPath = requestPath;
    }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The path of the failed request, without the query string.</summary>
    public string RequestPath { get; }
}
