using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Reflection;
using PaymentSdk.Http;
using Polly.Timeout;

namespace PaymentSdk.Diagnostics;

/// <summary>
/// The SDK's traces and metrics, on the framework's own <see cref="ActivitySource"/> and <see cref="Meter"/>
/// named <c>PaymentSdk</c>: OpenTelemetry (or any <c>ActivityListener</c>/<c>MeterListener</c>) picks them up
/// without a package of ours. Tags follow the OpenTelemetry HTTP client conventions.
/// </summary>
public static class PaymentTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>PaymentSdk</c>.</summary>
    public const string Name = "PaymentSdk";

    /// <summary>The name of the histogram of attempt durations, in seconds.</summary>
    public const string RequestDurationInstrument = "http.client.request.duration";

    /// <summary>The name of the counter of retries.</summary>
    public const string RetryCountInstrument = "paymentsdk.client.retries";

    private static readonly string Version = typeof(PaymentTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Histogram<double> RequestDuration =
        Meter.CreateHistogram<double>(RequestDurationInstrument, "s", "Duration of each HTTP attempt the SDK makes to Payment Kit.");

    internal static readonly Counter<long> Retries =
        Meter.CreateCounter<long>(RetryCountInstrument, "{retry}", "Attempts the SDK repeated after a failure it may retry.");

    // Tag names of the OpenTelemetry HTTP client conventions.
    internal const string MethodTag = "http.request.method";
    internal const string UrlTemplateTag = "url.template";
    internal const string StatusCodeTag = "http.response.status_code";
    internal const string ErrorTypeTag = "error.type";
    internal const string ResendCountTag = "http.request.resend_count";
    internal const string ServerAddressTag = "server.address";
    internal const string ServerPortTag = "server.port";
    internal const string OperationTag = "paymentsdk.operation";

    /// <summary>A client activity for one attempt, named as OpenTelemetry names HTTP client spans: <c>{method} {template}</c>.</summary>
    internal static Activity? StartAttempt(RequestContext context, Uri? url)
    {
        var activity = ActivitySource.StartActivity(context.Method + " " + context.PathTemplate, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag(MethodTag, context.Method);
        activity.SetTag(UrlTemplateTag, context.PathTemplate);
        activity.SetTag(OperationTag, context.OperationName);
        if (url is not null)
        {
            activity.SetTag(ServerAddressTag, url.Host);
            activity.SetTag(ServerPortTag, url.Port);
        }
        if (context.Attempts > 1) activity.SetTag(ResendCountTag, context.Attempts - 1);
        return activity;
    }

    /// <summary>Ends an attempt: its duration in the histogram and, on its activity, the status and error type.</summary>
    internal static void RecordAttempt(Activity? activity, RequestContext context, double elapsedSeconds, int? statusCode, string? errorType)
    {
        var tags = new TagList
        {
            { MethodTag, context.Method },
            { UrlTemplateTag, context.PathTemplate },
        };
        if (statusCode is { } status) tags.Add(StatusCodeTag, status);
        if (errorType is not null) tags.Add(ErrorTypeTag, errorType);
        RequestDuration.Record(elapsedSeconds, tags);
        if (activity is null) return;
        if (statusCode is { } code) activity.SetTag(StatusCodeTag, code);
        if (errorType is not null)
        {
            activity.SetTag(ErrorTypeTag, errorType);
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>The <c>error.type</c> of an error answer: its status code, as OpenTelemetry writes it (<c>"503"</c>).</summary>
    internal static string ErrorType(HttpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);

    /// <summary>A low-cardinality name for a failure: <c>timeout</c>, or the exception's type.</summary>
    internal static string ErrorType(Exception exception) => exception switch
    {
        TimeoutRejectedException or OperationCanceledException => "timeout",
#if NET
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => http.HttpRequestError.ToString(),
#endif
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    internal static double ElapsedSeconds(long startedTimestamp) =>
        (Stopwatch.GetTimestamp() - startedTimestamp) / (double)Stopwatch.Frequency;
}
