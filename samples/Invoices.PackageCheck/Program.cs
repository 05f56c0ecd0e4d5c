// Exercises the PaymentSdk package as an application would, with no network: a canned Payment Kit
// answers through the SDK's handler hook. Exits non-zero when anything is not as expected, so CI can
// run it after publishing it trimmed (and ahead of time).
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaymentSdk;

// A public test key (the Blocklet SDK's signing vectors use it); never a real one.
const string TestSecretKey = "0xd7b7b10a239e73fa886f454b8cdcc3647cbef9001c8f3e4932964fde3f3e83b23eeed88464b8f246f09464804909b60485a0a21dc2a9dcae84e2c4b17938936d";
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok) failures.Add(what);
}

// 1. new PaymentClient(...): signed requests, a retried 503, typed models with big amounts.
var kit = new CannedPaymentKit();
using (var payment = new PaymentClient(
    new PaymentClientOptions
    {
        BaseUrl = new Uri("https://payment.example/payment"),
        LiveMode = false,
        Authenticator = PaymentAuthenticator.ComponentSignature("zNKpackagecheck", TestSecretKey),
        Retry = { InitialDelay = TimeSpan.FromMilliseconds(1) },
    },
    kit))
{
    var page = await payment.Invoices.ListAsync(new InvoiceListOptions { Status = "paid,open", PageSize = 2 });
    Check(page.Count == 1 && page.List.Count == 1, "list returns the canned page");
    Check(page.List[0].Total.ToString() == "123456789012345678901234567890", "amounts above 2^64 stay exact");
    Check(kit.Requests.Count == 2, "a 503 is retried once (2 requests)");
    Check(kit.Requests.All(r => r.Headers.Contains("x-component-sig")), "every attempt is signed");
    Check(kit.Requests[^1].Url == "https://payment.example/payment/api/invoices?status=paid%2Copen&pageSize=2&livemode=false", "the URL is payment-js's");
}

// 2. AddPaymentSdk: options bound from configuration, the typed client from IHttpClientFactory.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["PaymentKit:BaseUrl"] = "https://payment.example/payment",
    ["PaymentKit:LiveMode"] = "false",
    ["PaymentKit:AccessKey"] = "blocklet-package-check",
    ["PaymentKit:Retry:MaxRetries"] = "2",
    ["PaymentKit:Retry:InitialDelay"] = "00:00:00.001",
});
var factoryKit = new CannedPaymentKit();
builder.Services.AddPaymentSdk(builder.Configuration.GetSection("PaymentKit")).ConfigurePrimaryHttpMessageHandler(() => factoryKit);
using (var host = builder.Build())
{
    await host.StartAsync();
    var invoices = host.Services.GetRequiredService<IInvoiceService>();
    var invoice = await invoices.RetrieveAsync("inv_1");
    Check(invoice.Id == "inv_1" && invoice.Status == InvoiceStatus.Paid, "retrieve through the DI client");
    Check(factoryKit.Requests.All(r => r.Headers.Contains("Authorization: Bearer blocklet-package-check")), "the access key from configuration is sent");
    try
    {
        await invoices.VoidAsync("inv_missing");
        Check(false, "a 404 throws");
    }
    catch (PaymentNotFoundException e)
    {
        Check(e.Attempts == 1 && e.ServerMessage == "Invoice not found", "a 404 is a PaymentNotFoundException, not retried");
    }
    await host.StopAsync();
}

// 3. PaymentSdk.AspNetCore: a webhook delivery signed by the Blocklet SDK itself, received by MapPaymentWebhook in Kestrel.
var webhooks = WebApplication.CreateSlimBuilder(args);
webhooks.WebHost.UseUrls("http://127.0.0.1:0");
webhooks.Services.AddSingleton(new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions
{
    AppPublicKey = DeliveryVector.PublicKey,
    TimeProvider = new FixedTime(DateTimeOffset.FromUnixTimeSeconds(DeliveryVector.Now)),
}));
var received = new List<PaymentEvent>();
await using (var app = webhooks.Build())
{
    app.MapPaymentWebhook("/payment/callback", (evt, _) =>
    {
        lock (received) received.Add(evt);
        return Task.CompletedTask;
    });
    await app.StartAsync();
    using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    async Task<HttpStatusCode> DeliverAsync(string body, bool signed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/payment/callback") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in DeliveryVector.Headers)
            if (signed || name != "x-component-sig") request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
    Check(await DeliverAsync(DeliveryVector.Body, signed: true) == HttpStatusCode.OK, "a signed delivery is answered 200");
    Check(received.Count == 1 && received[0].Type == PaymentEventTypes.InvoicePaid && received[0].Data.TryGetInvoice(out var paid) && paid.Status == InvoiceStatus.Paid, "its invoice.paid event reads typed");
    Check(await DeliverAsync(DeliveryVector.Body.Replace("o_1", "o_2"), signed: true) == HttpStatusCode.Unauthorized, "a tampered delivery is answered 401");
    Check(await DeliverAsync(DeliveryVector.Body, signed: false) == HttpStatusCode.BadRequest, "an unsigned delivery is answered 400");
    Check(received.Count == 1, "refused deliveries never reach the handler");
}

Console.WriteLine(failures.Count == 0 ? "package check passed" : $"package check FAILED: {failures.Count} problem(s)");
return failures.Count == 0 ? 0 : 1;

/// <summary>A Payment Kit of canned answers: the first list request gets a 503.</summary>
sealed class CannedPaymentKit : HttpMessageHandler
{
    private const string Invoice = """{"id":"inv_1","object":"invoice","livemode":false,"status":"paid","currency_id":"usd","customer_id":"cus_1","total":"123456789012345678901234567890","amount_due":"0","amount_paid":"123456789012345678901234567890","amount_remaining":"0","subtotal":"123456789012345678901234567890","created_at":"2026-01-01T00:00:00.000Z","updated_at":"2026-01-01T00:00:00.000Z","metadata":{}}""";

    public List<(string Url, string Headers)> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add((request.RequestUri!.ToString(), request.Headers.ToString()));
        var path = request.RequestUri!.AbsolutePath;
        var (status, body) = path switch
        {
            _ when path.EndsWith("/api/invoices", StringComparison.Ordinal) && Requests.Count == 1 => (HttpStatusCode.ServiceUnavailable, """{"error":"busy"}"""),
            _ when path.EndsWith("/api/invoices", StringComparison.Ordinal) => (HttpStatusCode.OK, $$"""{"count":1,"list":[{{Invoice}}]}"""),
            _ when path.EndsWith("/inv_1", StringComparison.Ordinal) => (HttpStatusCode.OK, Invoice),
            _ => (HttpStatusCode.NotFound, """{"error":"Invoice not found"}"""),
        };
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}

/// <summary>The "valid" delivery of ../shared/vectors/webhook-deliveries.json: signed by @blocklet/sdk 1.17.12.</summary>
static class DeliveryVector
{
    public const string PublicKey = "0x3eeed88464b8f246f09464804909b60485a0a21dc2a9dcae84e2c4b17938936d";
    public const long Now = 1767225610;
    public static readonly (string Name, string Value)[] Headers =
    [
        ("x-component-did", "z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk"),
        ("x-component-sig", "0x284bf3a80d750135112dca08e70c1f00bb9e3183dc6b4b1d3ad6921214eaf2a636688f9b1e50f275a34560b12e977ec74623eeac5e273233ff5c69a841e85e09"),
        ("x-component-sig-iat", "1767225600"),
        ("x-component-sig-exp", "1767225900"),
        ("x-component-sig-version", "1"),
    ];
    public const string Body = "{\"id\":\"evt_invoice_paid\",\"livemode\":false,\"type\":\"invoice.paid\",\"api_version\":\"2023-09-05\",\"object_type\":\"Invoice\",\"object_id\":\"in_4f2kq0aJ7ZsW1xPq\",\"data\":{\"object\":{\"id\":\"in_4f2kq0aJ7ZsW1xPq\",\"object\":\"invoice\",\"livemode\":false,\"number\":\"ADA82ECE-0014\",\"status\":\"paid\",\"billing_reason\":\"subscription_cycle\",\"collection_method\":\"charge_automatically\",\"currency_id\":\"pc_usdc\",\"customer_id\":\"cus_8QwYxN2a\",\"subscription_id\":\"sub_g445gagAdXJevA9esD2snX1L\",\"subtotal\":\"12250000\",\"total\":\"12250000\",\"amount_due\":\"12250000\",\"amount_paid\":\"12250000\",\"amount_remaining\":\"0\",\"metadata\":{\"order_id\":\"o_1\"},\"status_transitions\":{\"finalized_at\":1767225540,\"paid_at\":1767225595},\"lines\":[],\"created_at\":\"2025-12-31T23:59:00.000Z\",\"updated_at\":\"2025-12-31T23:59:55.000Z\"},\"previous_attributes\":{}},\"request\":{\"id\":\"req_1\",\"idempotency_key\":\"\"},\"pending_webhooks\":1,\"metadata\":{},\"created_at\":\"2026-01-01T00:00:00.000Z\",\"updated_at\":\"2026-01-01T00:00:00.000Z\"}";
}

/// <summary>A clock stopped at one instant.</summary>
sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
