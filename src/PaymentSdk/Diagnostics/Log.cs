using System;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.Diagnostics;

/// <summary>
/// The SDK's log lines, source-generated. They carry route templates (<c>/api/invoices/{id}</c>), never
/// ids, query values, bodies or headers: nothing personal at Information level and never a secret.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "{Method} {UrlTemplate} attempt {Attempt} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (request id {RequestId})")]
    public static partial void AttemptAnswered(ILogger logger, string method, string urlTemplate, int attempt, int statusCode, double elapsedMilliseconds, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "{Method} {UrlTemplate} attempt {Attempt} failed after {ElapsedMilliseconds:0.0} ms: {ErrorType}")]
    public static partial void AttemptFailed(ILogger logger, string method, string urlTemplate, int attempt, double elapsedMilliseconds, string errorType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Retrying {Method} {UrlTemplate} after attempt {Attempt} ({Reason}); waiting {DelayMilliseconds:0} ms")]
    public static partial void Retrying(ILogger logger, string method, string urlTemplate, int attempt, string reason, double delayMilliseconds);
}
