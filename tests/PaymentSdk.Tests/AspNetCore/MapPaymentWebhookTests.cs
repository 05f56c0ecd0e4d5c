using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.AspNetCore;

/// <summary>
/// <c>MapPaymentWebhook</c> in a real Kestrel app on loopback: the Blocklet-signed deliveries answered as
/// <c>verifySig</c> answers them, the handler's outcome as the status Payment Kit retries on, the size limit, the logs.
/// </summary>
public sealed class MapPaymentWebhookTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<PaymentEvent> _received = new();
    private readonly CapturingLoggerProvider _logs = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    /// <summary>The clock the app verifies at; tests move it to each delivery's time.</summary>
    private readonly FixedClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_767_225_610));

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(_logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = WebhookDeliveryVectors.PublicKey, TimeProvider = _clock }));
        _app = builder.Build();
        // Deliveries the tests sign themselves (with the component vectors' key) go to /fail; the delivery vectors to the rest.
        var ownKey = new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = WebhookSigning.PublicKeyHex, TimeProvider = _clock });
        _app.MapPaymentWebhook("/fail", ownKey, (_, _) => throw new InvalidOperationException("the shop's database is down"));
        _app.MapPaymentWebhook("/{**path}", (evt, _) =>
        {
            _received.Enqueue(evt);
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<HttpResponseMessage> DeliverAsync(string target, IEnumerable<KeyValuePair<string, string>> headers, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        foreach (var (name, value) in headers)
        {
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase)) request.Content.Headers.TryAddWithoutValidation(name, value);
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        return await _http.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(WebhookDeliveryVectors.Names), MemberType = typeof(WebhookDeliveryVectors))]
    public async Task Every_blocklet_signed_delivery_is_answered_as_verifySig_answers(string name)
    {
        var delivery = WebhookDeliveryVectors.Named(name);
        _clock.Now = delivery.Now;

        using var response = await DeliverAsync(delivery.Target, delivery.Headers, delivery.Body);

        Assert.Equal(delivery.Expect, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (delivery.Expect == 200) Assert.Equal((delivery.EventId, delivery.EventType), (Assert.Single(_received).Id, _received.Single().Type));
        else Assert.Empty(_received);
        if (delivery.Expect == 400) Assert.Equal("""{"error":"Bad Request"}""", body);
        if (delivery.Expect == 401) Assert.Equal("""{"error":"verify sig failed"}""", body);
    }

    [Fact]
    public async Task A_handler_that_throws_is_answered_500_so_that_payment_kit_delivers_again()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_767_225_600);
        _clock.Now = now;
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, """{"id":"in_1","object":"invoice"}""", id: "evt_fail");

        using var response = await DeliverAsync("/fail", WebhookSigning.Headers("POST", "/fail", body, now.ToUnixTimeSeconds()), Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("invoice.paid evt_fail") && l.Message.Contains("the shop's database is down"));
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_answered_413_unread()
    {
        var huge = new byte[PaymentWebhookEndpointRouteBuilderExtensions.MaxBodyBytes + 1];

        using var response = await DeliverAsync("/payment/callback", WebhookDeliveryVectors.Named("valid").Headers, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task Logs_name_the_event_and_the_refusals_but_never_a_signature_or_a_body()
    {
        var valid = WebhookDeliveryVectors.Named("valid");
        var tampered = WebhookDeliveryVectors.Named("tampered-body");
        _clock.Now = valid.Now;

        using (await DeliverAsync(valid.Target, valid.Headers, valid.Body)) { }
        using (await DeliverAsync(tampered.Target, tampered.Headers, tampered.Body)) { }

        var text = _logs.AllText;
        Assert.Contains("Handled Payment Kit event invoice.paid evt_invoice_paid", text);
        Assert.Contains("Refused a webhook delivery with 401", text);
        var signature = valid.Headers.Single(h => h.Key == "x-component-sig").Value;
        Assert.DoesNotContain(signature[2..18], text);
        Assert.DoesNotContain("ADA82ECE-0014", text); // the invoice number, in the body
    }
}
