using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaymentSdk.Diagnostics;

namespace PaymentSdk.Http;

/// <summary>
/// The SDK's retries and timeouts, as a <see cref="DelegatingHandler"/> so that they run the same in a
/// client the SDK builds and in an <c>IHttpClientFactory</c> chain. One Polly pipeline, in this order:
/// total timeout → retry → per-attempt timeout → the inner handlers (authentication, then the transport),
/// which therefore run once per attempt.
/// <para>
/// Each attempt is a fresh copy of the request whose body refuses a second send (<see cref="SendOnceContent"/>),
/// and its answer is read whole within the attempt, so that a body that breaks off or stalls is a
/// failure of that attempt, retried or not by the same rules.
/// </para>
/// </summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<RequestContext> ContextKey = new("PaymentSdk.RequestContext");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger _logger;
    private readonly long _maxResponseBytes;

    /// <param name="options">Validated retry settings; copied.</param>
    /// <param name="maxResponseBytes">The largest answer body read (<see cref="PaymentClientOptions.MaxResponseBytes"/>).</param>
    /// <param name="logger">Where attempts and retries are logged; none when null.</param>
    public ResilienceHandler(PaymentRetryOptions options, long maxResponseBytes, ILogger? logger)
    {
        _logger = logger ?? NullLogger.Instance;
        _maxResponseBytes = maxResponseBytes;
        var settings = options.Clone();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        var total = settings.EffectiveTotalTimeout;
        // Polly skips a timeout that is infinite; the generator form also accepts any length our options allow.
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total", TimeoutGenerator = _ => new ValueTask<TimeSpan>(total) });
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                MaxRetryAttempts = settings.MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(
                    !args.Context.CancellationToken.IsCancellationRequested &&
                    RetryRules.ShouldRetry(args.Context.Properties.GetValue(ContextKey, null!).Idempotency, args.Outcome.Result, args.Outcome.Exception)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    RetryDelay.For(settings, args.AttemptNumber, args.Outcome.Result, DateTimeOffset.UtcNow, RetryDelay.NextRandom())),
                OnRetry = args =>
                {
                    var context = args.Context.Properties.GetValue(ContextKey, null!);
                    var reason = args.Outcome.Result is { } response ? PaymentTelemetry.ErrorType(response.StatusCode) : PaymentTelemetry.ErrorType(args.Outcome.Exception!);
                    Log.Retrying(_logger, context.Method, context.PathTemplate, args.AttemptNumber + 1, reason, args.RetryDelay.TotalMilliseconds);
                    PaymentTelemetry.Retries.Add(1,
                        new(PaymentTelemetry.MethodTag, context.Method),
                        new(PaymentTelemetry.UrlTemplateTag, context.PathTemplate),
                        new(PaymentTelemetry.ErrorTypeTag, reason));
                    return default;
                },
            });
        }
        var attempt = settings.AttemptTimeout;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", TimeoutGenerator = _ => new ValueTask<TimeSpan>(attempt) });
        _pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = RequestContext.Of(request);
        var body = await BodyTemplateAsync(request, cancellationToken).ConfigureAwait(false);
        var resilience = ResilienceContextPool.Shared.Get(cancellationToken);
        resilience.Properties.Set(ContextKey, context);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (resilience, state) => state.Handler.SendAttemptAsync(state.Request, state.Body, state.Context, resilience.CancellationToken),
                resilience,
                (Handler: this, Request: request, Body: body, Context: context)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, SendOnceContent body, RequestContext context, CancellationToken cancellationToken)
    {
        context.Attempts++;
        using var attempt = CopyForAttempt(request, body);
        using var activity = PaymentTelemetry.StartAttempt(context, request.RequestUri);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Failed(activity, context, started, e);
            throw;
        }
        try
        {
            response.Content = await BufferedContent.ReadAsync(response, _maxResponseBytes, context, cancellationToken).ConfigureAwait(false);
            response.RequestMessage = request;
        }
        catch (Exception e)
        {
            response.Dispose();
            Failed(activity, context, started, e);
            throw;
        }
        var elapsed = PaymentTelemetry.ElapsedSeconds(started);
        var status = (int)response.StatusCode;
        var requestId = response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
        Log.AttemptAnswered(_logger, context.Method, context.PathTemplate, context.Attempts, status, elapsed * 1000, requestId);
        PaymentTelemetry.RecordAttempt(activity, context, elapsed, status, status >= 400 ? PaymentTelemetry.ErrorType(response.StatusCode) : null);
        return response;
    }

    private void Failed(Activity? activity, RequestContext context, long started, Exception e)
    {
        var elapsed = PaymentTelemetry.ElapsedSeconds(started);
        var errorType = PaymentTelemetry.ErrorType(e);
        Log.AttemptFailed(_logger, context.Method, context.PathTemplate, context.Attempts, elapsed * 1000, errorType);
        PaymentTelemetry.RecordAttempt(activity, context, elapsed, null, errorType);
    }

    /// <summary>The body every attempt copies: the SDK's own, or a foreign body read once.</summary>
    private static async Task<SendOnceContent> BodyTemplateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is SendOnceContent own) return own;
        var template = new SendOnceContent(await HttpContents.RequestBodyAsync(request.Content, cancellationToken).ConfigureAwait(false));
        if (request.Content is not null) HttpContents.CopyHeaders(request.Content, template);
        return template;
    }

    private static HttpRequestMessage CopyForAttempt(HttpRequestMessage request, SendOnceContent body)
    {
        var attempt = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Version = request.Version,
            Content = body.CopyForAttempt(),
        };
        foreach (var header in request.Headers) attempt.Headers.TryAddWithoutValidation(header.Key, header.Value);
#if NET
        attempt.VersionPolicy = request.VersionPolicy;
        var options = (System.Collections.Generic.IDictionary<string, object?>)attempt.Options;
        foreach (var option in request.Options) options[option.Key] = option.Value;
#else
        foreach (var property in request.Properties) attempt.Properties[property.Key] = property.Value;
#endif
        return attempt;
    }
}
