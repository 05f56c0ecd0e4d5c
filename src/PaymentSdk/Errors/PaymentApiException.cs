using System;
using System.Net;

namespace PaymentSdk;

/// <summary>
/// Payment Kit answered with an error status, or with a success status whose body was not the
/// expected JSON. Subclasses name the common statuses (<see cref="PaymentNotFoundException"/>, ...).
/// </summary>
public class PaymentApiException : PaymentException
{
    /// <summary>The most of the response body kept in <see cref="RawBody"/>, in characters.</summary>
    public const int MaxRawBodyLength = 4096;

    /// <summary>Creates the exception for an answer of Payment Kit.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="serverMessage">The error message the server sent, if any.</param>
    /// <param name="errorCode">The error code the server sent, if any.</param>
    /// <param name="rawBody">The response body (cut to <see cref="MaxRawBodyLength"/> characters).</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The path of the request, without the query string.</param>
    public PaymentApiException(HttpStatusCode statusCode, string? serverMessage, string? errorCode, string? rawBody, string method, string requestPath)
        : this(statusCode, serverMessage, errorCode, rawBody, method, requestPath, DescribeStatus(statusCode, serverMessage, method, requestPath), null) { }

    /// <summary>Creates the exception with a message of its own, for a body that could not be read.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="serverMessage">The error message the server sent, if any.</param>
    /// <param name="errorCode">The error code the server sent, if any.</param>
    /// <param name="rawBody">The response body (cut to <see cref="MaxRawBodyLength"/> characters).</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The path of the request, without the query string.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public PaymentApiException(HttpStatusCode statusCode, string? serverMessage, string? errorCode, string? rawBody, string method, string requestPath, string message, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ServerMessage = serverMessage;
        ErrorCode = errorCode;
        RawBody = rawBody is { Length: > MaxRawBodyLength } ? rawBody.Substring(0, MaxRawBodyLength) : rawBody;
        Method = method ?? throw new ArgumentNullException(nameof(method));
        RequestPath = requestPath ?? throw new ArgumentNullException(nameof(requestPath));
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The error message the server sent (<c>error</c>, <c>error.message</c> or <c>message</c>, or the text of a non-JSON body).</summary>
    public string? ServerMessage { get; }

    /// <summary>The error code the server sent (<c>code</c> or <c>error.code</c>), if any.</summary>
    public string? ErrorCode { get; }

    /// <summary>The response body as received, cut to <see cref="MaxRawBodyLength"/> characters.</summary>
    public string? RawBody { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The path of the failed request (base path included, query string left out because it may hold personal data).</summary>
    public string RequestPath { get; }

    private static string DescribeStatus(HttpStatusCode statusCode, string? serverMessage, string method, string requestPath)
    {
        var text = $"Payment Kit answered {method} {requestPath} with {(int)statusCode} {statusCode}";
        return string.IsNullOrWhiteSpace(serverMessage) ? text + "." : text + ": " + serverMessage;
    }
}
