using System.Net;

namespace PaymentSdk;

/// <summary>The request was rejected as invalid (400 Bad Request).</summary>
public class PaymentInvalidRequestException : PaymentApiException
{
    /// <summary>Creates the exception for an answer of Payment Kit.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="serverMessage">The error message the server sent, if any.</param>
    /// <param name="errorCode">The error code the server sent, if any.</param>
    /// <param name="rawBody">The response body.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The path of the request, without the query string.</param>
    public PaymentInvalidRequestException(HttpStatusCode statusCode, string? serverMessage, string? errorCode, string? rawBody, string method, string requestPath)
        : base(statusCode, serverMessage, errorCode, rawBody, method, requestPath) { }
}
