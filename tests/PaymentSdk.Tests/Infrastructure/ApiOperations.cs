using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>The two retry classes a route can state (by its operation parameter's type).</summary>
public enum RetryClass
{
    /// <summary>May be sent again: reads, and updates that only set fields.</summary>
    Repeatable,

    /// <summary>Never sent again once it may have reached the server.</summary>
    SentOnce,
}

/// <summary>
/// One method of payment-js as the SDK has it: its payment-js name, the verb and path template its route must declare,
/// its retry class, the stub answer (a file of <c>Responses/</c>) and a sample call with the arguments payment-js was
/// recorded with (<c>PaymentJs/recorded-requests.jsonl</c>), so the request it sends can be compared with payment-js's.
/// A method with a path id takes it from the caller (<see cref="CallWithId"/>), so tests can send any id through it.
/// </summary>
public sealed record ApiOperation(string Name, string Verb, string Path, RetryClass Retry, string Answer, string? Id, Func<PaymentClient, string, Task> CallWithId)
{
    /// <summary>Whether the method may be repeated.</summary>
    public bool Idempotent => Retry == RetryClass.Repeatable;

    /// <summary>The method with its sample arguments.</summary>
    public Task Call(PaymentClient payment) => CallWithId(payment, Id ?? "");

    /// <summary>What payment-js sent for the same call: the request target (path and query) and the body ("" for none).</summary>
    public (string Target, string Body) Recorded => PaymentJsRecording.Of(Name);

    /// <summary>Whether payment-js sends a JSON body.</summary>
    public bool HasBody => Recorded.Body.Length > 0;

    /// <summary>The class the fault matrix runs once for: verb × retry class × with or without body.</summary>
    public string FaultClass => $"{Verb} {Retry} {(HasBody ? "with body" : "no body")}";

    public override string ToString() => Name;
}

/// <summary>What payment-js 1.27.2 put on the wire for each of its 128 methods (copied from the shared recording).</summary>
public static class PaymentJsRecording
{
    private static readonly Lazy<Dictionary<string, (string Target, string Body)>> Calls = new(() =>
        File.ReadLines(System.IO.Path.Combine(AppContext.BaseDirectory, "PaymentJs", "recorded-requests.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(r => r.GetProperty("call").GetString()!, r => (r.GetProperty("target").GetString()!, r.GetProperty("body").GetString()!)));

    public static (string Target, string Body) Of(string call) => Calls.Value[call];

    /// <summary>Every payment-js method name that was recorded.</summary>
    public static IEnumerable<string> Names => Calls.Value.Keys;
}

/// <summary>
/// The one table of every payment-js method the SDK has. Tests that must cover all methods read it; convention tests
/// prove by reflection that every method of every service, and every route, has its row here, and that each route
/// declares this row's verb, path and retry class.
/// </summary>
public static class ApiOperations
{
    private const string Unicode = "ünïcødé <b>&\"'/\\ 😀 \u2028 tab\t+%20=?#";

    public static readonly IReadOnlyList<ApiOperation> All =
    [
        new("invoices.retrieve", "GET", "/api/invoices/{id}", RetryClass.Repeatable, "invoice-with-discount.json", "inv_123", (p, id) => p.Invoices.RetrieveAsync(id)),
        new("invoices.update", "PUT", "/api/invoices/{id}", RetryClass.Repeatable, "invoice-updated.json", "inv_123", (p, id) => p.Invoices.UpdateAsync(id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = "ünïcødé <b>&" } })),
        new("invoices.list", "GET", "/api/invoices", RetryClass.Repeatable, "invoice-page.json", null, (p, _) => p.Invoices.ListAsync(new InvoiceListOptions { Status = "paid,open", CustomerId = "cus_1", IgnoreZero = true, IncludeStaking = true, Metadata = new Dictionary<string, string> { ["order_id"] = "o 1" }, Page = 2, PageSize = 10 })),
        new("invoices.search", "GET", "/api/invoices/search", RetryClass.Repeatable, "search-page.json", null, (p, _) => p.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium Plan", Page = 1, PageSize = 5 })),
        new("invoices.getReturnStake", "GET", "/api/invoices/{id}/return-stake", RetryClass.Repeatable, "stake-info.json", "inv_stake_1", (p, id) => p.Invoices.GetReturnStakeAsync(id)),
        new("invoices.returnStake", "POST", "/api/invoices/{id}/return-stake", RetryClass.SentOnce, "return-result.json", "inv_stake_1", (p, id) => p.Invoices.ReturnStakeAsync(id)),
        new("invoices.void", "POST", "/api/invoices/{id}/void", RetryClass.SentOnce, "invoice-voided.json", "inv_123", (p, id) => p.Invoices.VoidAsync(id)),
        new("webhookEndpoints.create", "POST", "/api/webhook-endpoints", RetryClass.SentOnce, "webhook-endpoint.json", null, (p, _) => p.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://example.com/api/payment/webhook", EnabledEvents = ["checkout.session.completed", "customer.subscription.renewed"], Description = Unicode, Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("webhookEndpoints.retrieve", "GET", "/api/webhook-endpoints/{id}", RetryClass.Repeatable, "webhook-endpoint-expanded.json", "we_1", (p, id) => p.WebhookEndpoints.RetrieveAsync(id)),
        new("webhookEndpoints.update", "PUT", "/api/webhook-endpoints/{id}", RetryClass.Repeatable, "webhook-endpoint.json", "we_1", (p, id) => p.WebhookEndpoints.UpdateAsync(id, new WebhookEndpointUpdateOptions { Url = "https://example.com/api/payment/webhook", EnabledEvents = ["checkout.session.completed"] })),
        new("webhookEndpoints.list", "GET", "/api/webhook-endpoints", RetryClass.Repeatable, "webhook-endpoint-page.json", null, (p, _) => p.WebhookEndpoints.ListAsync(new WebhookEndpointListOptions { Page = 1, PageSize = 100 })),
        new("webhookEndpoints.del", "DELETE", "/api/webhook-endpoints/{id}", RetryClass.SentOnce, "webhook-endpoint.json", "we_1", (p, id) => p.WebhookEndpoints.DeleteAsync(id)),
    ];

    /// <summary>The methods that send a path id.</summary>
    public static IEnumerable<ApiOperation> WithId => All.Where(o => o.Id is not null);

    public static TheoryData<string> Names => new(All.Select(o => o.Name));

    public static ApiOperation Named(string name) => All.Single(o => o.Name == name);

    /// <summary>One method of each fault class (the first in the table): the fault matrix runs in full for these.</summary>
    public static IReadOnlyList<ApiOperation> OnePerFaultClass => All.GroupBy(o => o.FaultClass).Select(g => g.First()).ToList();
}
