using System.Net;
using System.Text;
using System.Text.Json;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>
/// The checks the sandbox makes on every resource alike, reached with a plain <see cref="HttpClient"/> because the
/// SDK refuses these bodies before sending: one JSON-body reader (a body that is not JSON is a 400 on every route
/// that reads one) and Payment Kit's metadata limits (keys ≤ 40, values ≤ 500 characters) on every resource that
/// has metadata, each refusal changing nothing.
/// </summary>
public sealed class EveryResourceValidationTests
{
    /// <summary>A route that reads a body: verb, path (with <c>{id}</c> for a seeded object), and a valid body to spoil.</summary>
    public static TheoryData<string, string, string> BodyRoutes() => new()
    {
        { "PUT", "api/invoices/{invoice}", """{"metadata":{"a":"1"}}""" },
        { "POST", "api/webhook-endpoints", """{"url":"https://shop.example/hooks","enabled_events":["invoice.paid"]}""" },
        { "GET", "api/customers/{customer}", """{"create":true}""" },
        { "PUT", "api/customers/{customer}", """{"name":"N"}""" },
        { "POST", "api/products", """{"name":"P"}""" },
        { "PUT", "api/products/{product}", """{"name":"P"}""" },
        { "POST", "api/prices", """{"product_id":"{product}","unit_amount":"1"}""" },
        { "PUT", "api/prices/{price}", """{"nickname":"n"}""" },
        { "PUT", "api/prices/{price}/inventory", """{"quantity":1,"action":"increment"}""" },
        { "POST", "api/payment-currencies", """{"payment_method_id":"{method}","name":"T","symbol":"T"}""" },
        { "PUT", "api/payment-currencies/{currency}", """{"name":"T"}""" },
        { "POST", "api/payment-currencies/check-recurring-support", """{"currency_ids":["{currency}"]}""" },
        { "POST", "api/payment-methods", """{"type":"ethereum","name":"E","settings":{}}""" },
        { "PUT", "api/payment-methods/{method}", """{"name":"E"}""" },
        { "POST", "api/settings", """{"type":"donate","mountLocation":"/m"}""" },
    };

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task A_body_that_is_not_json_is_refused_on_every_route_that_reads_one(string verb, string path, string validBody)
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        using var http = SandboxClients.RawHttp(sandbox);
        var target = Seeded(sandbox, path, live: false) + "?livemode=false";
        var body = Seeded(sandbox, validBody, live: false);

        var spoiled = await SendAsync(http, verb, target, body[..^1]);
        var valid = await SendAsync(http, verb, target, body);

        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "The body is not valid JSON"), (spoiled.Status, spoiled.Error));
    }

    /// <summary>A create or update of each resource with metadata: verb, path, and the body without its metadata's closing.</summary>
    public static TheoryData<string, string, string> MetadataRoutes() => new()
    {
        { "PUT", "api/invoices/{invoice}", """{"metadata":""" },
        { "POST", "api/webhook-endpoints", """{"url":"https://shop.example/hooks","enabled_events":["invoice.paid"],"metadata":""" },
        { "PUT", "api/customers/{customer}", """{"name":"N","metadata":""" },
        { "POST", "api/products", """{"name":"P","metadata":""" },
        { "PUT", "api/products/{product}", """{"name":"P","metadata":""" },
        { "POST", "api/prices", """{"product_id":"{product}","unit_amount":"1","metadata":""" },
        { "PUT", "api/prices/{price}", """{"nickname":"n","metadata":""" },
        { "POST", "api/payment-currencies", """{"payment_method_id":"{method}","name":"T","symbol":"T","metadata":""" },
        { "PUT", "api/payment-currencies/{currency}", """{"name":"T","metadata":""" },
        { "POST", "api/payment-methods", """{"type":"ethereum","name":"E","settings":{},"metadata":""" },
        { "PUT", "api/payment-methods/{method}", """{"name":"E","metadata":""" },
    };

    [Theory]
    [MemberData(nameof(MetadataRoutes))]
    public async Task Metadata_over_the_limits_is_refused_on_every_resource_and_changes_nothing(string verb, string path, string bodyStart)
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        using var http = SandboxClients.RawHttp(sandbox);
        var target = Seeded(sandbox, path, live: true) + "?livemode=true";
        var before = Snapshot(sandbox);
        string Body(string metadata) => Seeded(sandbox, bodyStart, live: true) + metadata + "}";

        var longKey = await SendAsync(http, verb, target, Body("{\"" + new string('k', 41) + "\":\"v\"}"));
        var longValue = await SendAsync(http, verb, target, Body("{\"note\":\"" + new string('x', 501) + "\"}"));
        var unchanged = Snapshot(sandbox);
        var fits = await SendAsync(http, verb, target, Body("{\"" + new string('k', 40) + "\":\"" + new string('x', 500) + "\"}"));

        Assert.Equal((HttpStatusCode.BadRequest, $"\"metadata\" key \"{new string('k', 41)}\" must be at most 40 characters long"), (longKey.Status, longKey.Error));
        Assert.Equal((HttpStatusCode.BadRequest, "\"metadata.note\" must be at most 500 characters long"), (longValue.Status, longValue.Error));
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.OK, fits.Status);
        Assert.Equal(500, fits.Body.GetProperty("metadata").GetProperty(new string('k', 40)).GetString()!.Length);
    }

    /// <summary>Every object of live mode, by id and last change: what a refused request must leave as it was.</summary>
    private static string Snapshot(PaymentSandbox sandbox) => string.Join("\n", new[]
    {
        sandbox.Data.GetInvoices(true).Select(i => $"{i.Id} {i.UpdatedAt:O} {i.Metadata?.Count}"),
        sandbox.Data.GetCustomers(true).Select(c => $"{c.Id} {c.UpdatedAt:O} {c.Metadata?.Count}"),
        sandbox.Data.GetProducts(true).Select(p => $"{p.Id} {p.UpdatedAt:O} {p.Metadata?.Count}"),
        sandbox.Data.GetPrices(true).Select(p => $"{p.Id} {p.UpdatedAt:O} {p.Metadata?.Count}"),
        sandbox.Data.GetPaymentCurrencies(true).Select(c => $"{c.Id} {c.UpdatedAt:O} {c.Metadata?.Count}"),
        sandbox.Data.GetPaymentMethods(true).Select(m => $"{m.Id} {m.UpdatedAt:O} {m.Metadata?.Count}"),
        sandbox.Data.GetWebhookEndpoints(true).Select(e => e.Id),
    }.SelectMany(lines => lines));

    /// <summary>Puts the ids of seeded objects of one mode (the newest of each) in place of <c>{invoice}</c>, <c>{product}</c>, ...</summary>
    private static string Seeded(PaymentSandbox sandbox, string text, bool live) => text
        .Replace("{invoice}", sandbox.Data.GetInvoices(live)[0].Id, StringComparison.Ordinal)
        .Replace("{customer}", sandbox.Data.GetCustomers(live)[0].Id, StringComparison.Ordinal)
        .Replace("{product}", sandbox.Data.GetProducts(live)[0].Id, StringComparison.Ordinal)
        .Replace("{price}", sandbox.Data.GetPrices(live)[0].Id, StringComparison.Ordinal)
        .Replace("{currency}", sandbox.Data.GetPaymentCurrencies(live)[0].Id, StringComparison.Ordinal)
        .Replace("{method}", sandbox.Data.GetPaymentMethods(live)[0].Id, StringComparison.Ordinal);

    private static async Task<(HttpStatusCode Status, string? Error, JsonElement Body)> SendAsync(HttpClient http, string verb, string path, string json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(verb), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = document.RootElement.Clone();
        var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) ? e.GetString() : null;
        return (response.StatusCode, error, body);
    }
}
