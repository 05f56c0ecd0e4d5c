using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// A receiving app on a loopback port: <c>MapPaymentWebhook</c> at <c>/hooks</c>, verifying with the given public
/// key, keeping every event it handled. <see cref="FailFirst"/> makes it answer 500 to the first deliveries.
/// </summary>
public sealed class WebhookReceiverApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _deliveries;

    private WebhookReceiverApp(WebApplication app) => _app = app;

    /// <summary>The events handled, in order of arrival.</summary>
    public ConcurrentQueue<PaymentEvent> Received { get; } = new();

    /// <summary>How many deliveries to fail (answered 500) before handling any.</summary>
    public int FailFirst { get; set; }

    /// <summary>The URL to register: <c>http://127.0.0.1:{port}/hooks</c>.</summary>
    public string Url => _app.Urls.Single().TrimEnd('/') + "/hooks";

    public static async Task<WebhookReceiverApp> StartAsync(string appPublicKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiverApp(app);
        app.MapPaymentWebhook("/hooks", new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = appPublicKey }), (evt, _) =>
        {
            if (Interlocked.Increment(ref receiver._deliveries) <= receiver.FailFirst) throw new InvalidOperationException("not yet");
            receiver.Received.Enqueue(evt);
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
