// Exercises the PaymentSdk package as an application would, with no network: a canned Payment Kit
// answers through the SDK's handler hook. Exits non-zero when anything is not as expected, so CI can
// run it after publishing it trimmed (and ahead of time).
using System.Net;
using System.Text;
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
