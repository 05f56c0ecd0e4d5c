using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.DependencyInjection;

/// <summary>The SDK in a generic host: configuration, IHttpClientFactory, validation at start-up, logging.</summary>
public class DependencyInjectionTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    private const string AccessKey = "blocklet-di-access-key-0123456789";

    private IHost BuildHost(string mount, Dictionary<string, string?> settings, Action<IServiceCollection>? more = null, ILoggerProvider? logs = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PaymentKit:BaseUrl"] = WireMock.BaseUrl(mount).ToString(),
            ["PaymentKit:LiveMode"] = "false",
            ["PaymentKit:Retry:InitialDelay"] = "00:00:00.001",
            ["PaymentKit:Retry:MaxDelay"] = "00:00:00.010",
        }.Concat(settings));
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace);
        if (logs is not null) builder.Logging.AddProvider(logs);
        builder.Services.AddPaymentSdk(builder.Configuration.GetSection("PaymentKit"));
        more?.Invoke(builder.Services);
        return builder.Build();
    }

    [Fact]
    public async Task A_host_binds_the_options_and_its_invoice_service_calls_payment_kit_with_retries()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503), Stubs.Ok("invoice-page.json"));
        using var host = BuildHost(mount, new()
        {
            ["PaymentKit:AccessKey"] = AccessKey,
            ["PaymentKit:AllowInsecureHttp"] = "true",
            ["PaymentKit:Retry:MaxRetries"] = "2",
            ["PaymentKit:Retry:BackoffFactor"] = "3",
            ["PaymentKit:Retry:UseJitter"] = "false",
            ["PaymentKit:Retry:MaxRetryAfter"] = "00:00:02",
            ["PaymentKit:Retry:AttemptTimeout"] = "00:00:20",
            ["PaymentKit:Retry:ConnectTimeout"] = "00:00:05",
            ["PaymentKit:Retry:TotalTimeout"] = "00:01:00",
        });
        await host.StartAsync();

        var page = await host.Services.GetRequiredService<IInvoiceService>().ListAsync(new InvoiceListOptions { Status = "open" });

        Assert.Equal(2, page.Count);
        var requests = WireMock.Requests(mount);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("Bearer " + AccessKey, r.Header("Authorization")));
        Assert.Equal($"/{mount}/api/invoices?status=open&livemode=false", requests[1].Url);
        var options = host.Services.GetRequiredService<IOptions<PaymentClientOptions>>().Value;
        Assert.Equal(
            (false, true, 2, 3.0, false, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), (TimeSpan?)TimeSpan.FromMinutes(1)),
            (options.LiveMode, options.AllowInsecureHttp, options.Retry.MaxRetries, options.Retry.BackoffFactor, options.Retry.UseJitter,
             options.Retry.MaxRetryAfter, options.Retry.AttemptTimeout, options.Retry.ConnectTimeout, options.Retry.TotalTimeout));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_at_start_up_naming_it()
    {
        using var host = BuildHost(NewMount(), new() { ["PaymentKit:Retry:MaxRetries"] = "-1" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("PaymentClientOptions.Retry.MaxRetries", error.Message);
    }

    [Fact]
    public async Task The_returned_builder_adds_handlers_that_run_once_per_attempt()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(502), Stubs.Ok("invoice-with-discount.json"));
        var counter = new CountingHandler();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddPaymentSdk(o =>
        {
            o.BaseUrl = WireMock.BaseUrl(mount);
            o.LiveMode = false;
            o.Retry.InitialDelay = TimeSpan.FromMilliseconds(1);
        }).AddHttpMessageHandler(() => counter);
        using var host = builder.Build();

        await host.Services.GetRequiredService<PaymentClient>().Invoices.RetrieveAsync("inv_1");

        Assert.Equal(2, counter.Count);
        Assert.Equal(2, WireMock.Requests(mount).Count);
    }

    [Fact]
    public async Task Logs_of_signed_and_keyed_retried_calls_hold_no_secret()
    {
        var logs = new CapturingLoggerProvider();
        var signedMount = NewMount("seq");
        var keyedMount = NewMount("seq");
        WireMock.StubSequence(signedMount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json"));
        WireMock.StubSequence(keyedMount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json"));
        using (var signed = BuildHost(signedMount, [], s => s.Configure<PaymentClientOptions>(o => o.Authenticator = PaymentAuthenticator.ComponentSignature("zNKdid", SignatureVectors.SecretKey)), logs))
            await signed.Services.GetRequiredService<IInvoiceService>().RetrieveAsync("inv_secret_1");
        using (var keyed = BuildHost(keyedMount, new() { ["PaymentKit:AccessKey"] = AccessKey }, logs: logs))
            await keyed.Services.GetRequiredService<IInvoiceService>().RetrieveAsync("inv_secret_1");

        var signature = WireMock.Requests(signedMount)[0].Header("x-component-sig")!;
        var text = logs.AllText;
        Assert.Contains(logs.Lines, l => l.Category == "PaymentSdk" && l.Level == LogLevel.Warning && l.Message.Contains("Retrying GET /api/invoices/{id}"));
        Assert.Contains(logs.Lines, l => l.Category == "PaymentSdk" && l.Level == LogLevel.Debug && l.Message.Contains("answered 200"));
        Assert.DoesNotContain(AccessKey, text);
        Assert.DoesNotContain(signature[2..18], text);
        Assert.DoesNotContain(SignatureVectors.SecretKey[2..18], text);
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Information && (l.Message.Contains("inv_secret_1") || l.Message.Contains("livemode")));
    }

    [Fact]
    public async Task The_webhook_endpoints_service_comes_from_the_same_client()
    {
        var mount = NewMount();
        using var host = BuildHost(mount, new() { ["PaymentKit:AccessKey"] = AccessKey });

        var endpoint = await host.Services.GetRequiredService<IWebhookEndpointService>().RetrieveAsync("we_1");

        Assert.Equal("we_1", endpoint.Id);
        var request = WireMock.SingleRequest(mount);
        Assert.Equal(($"/{mount}/api/webhook-endpoints/we_1?livemode=false", "Bearer " + AccessKey), (request.Url, request.Header("Authorization")));
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
