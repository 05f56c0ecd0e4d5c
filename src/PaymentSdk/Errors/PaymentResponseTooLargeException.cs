using System;
using System.Globalization;
using System.Net;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's answer was larger than <see cref="PaymentClientOptions.MaxResponseBytes"/>: its
/// <c>Content-Length</c> said so (nothing of the body was read), or its body, chunked or decompressed, went past the
/// limit while it was read (reading stopped there). Never retried: the same request would get the same answer.
/// </summary>
public class PaymentResponseTooLargeException : PaymentApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="maxResponseBytes">The limit in effect.</param>
    /// <param name="contentLength">The length the answer declared, when its <c>Content-Length</c> was over the limit; null when the body went past it while read.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The path of the request, without the query string.</param>
    public PaymentResponseTooLargeException(HttpStatusCode statusCode, long maxResponseBytes, long? contentLength, string method, string requestPath)
        : base(statusCode, null, null, null, method, requestPath, Describe(statusCode, maxResponseBytes, contentLength, method, requestPath), null)
    {
        MaxResponseBytes = maxResponseBytes;
        ContentLength = contentLength;
    }

    /// <summary>The limit in effect (<see cref="PaymentClientOptions.MaxResponseBytes"/>), in bytes.</summary>
    public long MaxResponseBytes { get; }

    /// <summary>The body length the answer declared in <c>Content-Length</c>, when that was over the limit; null when the body went past the limit while it was read.</summary>
    public long? ContentLength { get; }

    private static string Describe(HttpStatusCode statusCode, long limit, long? contentLength, string method, string requestPath)
    {
        var size = contentLength is { } declared
            ? string.Format(CultureInfo.InvariantCulture, "a body of {0} bytes (its Content-Length), so none of it was read", declared)
            : string.Format(CultureInfo.InvariantCulture, "a body that went on past {0} bytes, so reading stopped there", limit);
        return string.Format(CultureInfo.InvariantCulture,
            "Payment Kit answered {0} {1} with {2} {3} and {4}: more than PaymentClientOptions.MaxResponseBytes ({5} bytes). " +
            "If answers this large are expected, raise PaymentClientOptions.MaxResponseBytes.",
            method, requestPath, (int)statusCode, statusCode, size, limit);
    }
}
