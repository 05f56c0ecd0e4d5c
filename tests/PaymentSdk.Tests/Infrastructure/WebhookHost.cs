using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// A Kestrel app on loopback that maps <c>/hooks</c> with <c>MapPaymentWebhook</c>, verifying with the test signing
/// key at a clock the test sets, and capturing every log line; the services, Kestrel and the handler are the test's.
/// </summary>
public sealed class WebhookHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, FixedClock clock, CapturingLoggerProvider logs)
    {
        _app = app;
        Clock = clock;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    /// <summary>The clock deliveries are verified at and signed at; also the app's <see cref="TimeProvider"/>.</summary>
    public FixedClock Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Http { get; }

    public Uri Root => Http.BaseAddress!;

    public static async Task<WebhookHost> StartAsync(
        Func<PaymentEvent, CancellationToken, Task> handler,
        Action<IServiceCollection>? services = null,
        Action<KestrelServerOptions>? kestrel = null)
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_767_225_600));
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (kestrel is not null) builder.WebHost.ConfigureKestrel(kestrel);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(clock);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        var verifier = new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = WebhookSigning.PublicKeyHex, TimeProvider = clock });
        app.MapPaymentWebhook("/hooks", verifier, handler);
        await app.StartAsync();
        return new WebhookHost(app, clock, logs);
    }

    /// <summary>Delivers <paramref name="body"/> to <c>/hooks</c>, signed now unless <paramref name="signed"/> is false.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(byte[] body, bool signed = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks") { Content = new ByteArrayContent(body) };
        var headers = signed
            ? WebhookSigning.Headers("POST", "/hooks", Encoding.UTF8.GetString(body), Clock.Now.ToUnixTimeSeconds())
            : [];
        foreach (var (name, value) in headers)
        {
            if (name == "content-type") request.Content.Headers.TryAddWithoutValidation(name, value);
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        return await Http.SendAsync(request);
    }

    /// <summary>An <c>invoice.paid</c> event with id <paramref name="eventId"/>, as bytes.</summary>
    public static byte[] Event(string eventId, string invoiceJson = """{"id":"in_1","object":"invoice","total":"100"}""") =>
        Encoding.UTF8.GetBytes(WebhookSigning.Event(PaymentEventTypes.InvoicePaid, invoiceJson, id: eventId));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
