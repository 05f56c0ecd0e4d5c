using System;

namespace PaymentSdk;

/// <summary>
/// Payment Kit did not answer within the SDK's timeout (<see cref="PaymentRetryOptions.AttemptTimeout"/> on
/// the last attempt, or <see cref="PaymentRetryOptions.TotalTimeout"/>), or within the <c>Timeout</c> of an
/// <see cref="System.Net.Http.HttpClient"/> passed in. The caller's
/// own cancellation is reported as <see cref="OperationCanceledException"/> instead.
/// </summary>
public class PaymentTimeoutException : PaymentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The path of the request, without the query string.</param>
    /// <param name="timeout">The timeout that ran out, when known.</param>
    /// <param name="innerException">The cancellation the timeout caused.</param>
    public PaymentTimeoutException(string method, string requestPath, TimeSpan? timeout, Exception? innerException)
        : base($"Payment Kit did not answer {method} {requestPath} within {(timeout is { } t ? t.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s" : "the HttpClient's timeout")}.", innerException)
    {
        Method = method;
        RequestPath = requestPath;
        Timeout = timeout;
    }

    /// <summary>The HTTP method of the request that timed out.</summary>
    public string Method { get; }

    /// <summary>The path of the request that timed out, without the query string.</summary>
    public string RequestPath { get; }

    /// <summary>The timeout that ran out, when the SDK's own; null when the HttpClient's ran out.</summary>
    public TimeSpan? Timeout { get; }
}
