using System;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.AspNetCore;

/// <summary>What the webhook endpoint logs: event types and ids, and why a delivery was refused; never a key, a signature or a body.</summary>
internal static partial class WebhookLog
{
    public const string Category = "PaymentSdk.Webhooks";

    [LoggerMessage(1, LogLevel.Information, "Handled Payment Kit event {EventType} {EventId}")]
    public static partial void Handled(ILogger logger, string eventType, string eventId);

    [LoggerMessage(2, LogLevel.Warning, "Refused a webhook delivery with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(3, LogLevel.Error, "The handler of Payment Kit event {EventType} {EventId} failed; answered 500 so that it is delivered again")]
    public static partial void HandlerFailed(ILogger logger, string eventType, string eventId, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Payment Kit delivered event {EventType} {EventId} again ({State}); the handler was not called")]
    public static partial void Redelivered(ILogger logger, string eventType, string eventId, string state);

    [LoggerMessage(5, LogLevel.Information, "A webhook delivery was cut off before it was read ({Status}): {Reason}")]
    public static partial void DeliveryCutOff(ILogger logger, int status, string reason);

    [LoggerMessage(6, LogLevel.Information, "A webhook delivery was abandoned by its sender before it was answered ({ExceptionType})")]
    public static partial void DeliveryAborted(ILogger logger, string exceptionType);
}
