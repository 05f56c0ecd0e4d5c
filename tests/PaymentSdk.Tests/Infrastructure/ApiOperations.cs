namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// One method of the SDK, callable with test arguments, and the retry promise it makes. A method whose route has a
/// path id takes it from the caller (<see cref="CallWithId"/>), so that tests can send any id through it;
/// <see cref="Id"/> is the one <see cref="Call"/> sends, null for a method without one.
/// </summary>
public sealed record ApiOperation(string Name, bool Idempotent, string? Id, Func<PaymentClient, string, Task> CallWithId)
{
    /// <summary>The method with its sample arguments.</summary>
    public Task Call(PaymentClient payment) => CallWithId(payment, Id ?? "");

    public override string ToString() => Name;
}

/// <summary>
/// Every method of payment-js that the SDK has (the seven of <c>invoices</c>, the five of <c>webhookEndpoints</c>),
/// as data, for tests that must cover all of them.
/// </summary>
public static class ApiOperations
{
    public static readonly IReadOnlyList<ApiOperation> All =
    [
        new("retrieve", true, "inv_1", (p, id) => p.Invoices.RetrieveAsync(id)),
        new("list", true, null, (p, _) => p.Invoices.ListAsync(new InvoiceListOptions { Status = "open" })),
        new("search", true, null, (p, _) => p.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium" })),
        new("update", true, "inv_1", (p, id) => p.Invoices.UpdateAsync(id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_1" } })),
        new("void", false, "inv_1", (p, id) => p.Invoices.VoidAsync(id)),
        new("getReturnStake", true, "inv_1", (p, id) => p.Invoices.GetReturnStakeAsync(id)),
        new("returnStake", false, "inv_1", (p, id) => p.Invoices.ReturnStakeAsync(id)),
        new("endpoints.create", false, null, (p, _) => p.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://shop.example/hooks", EnabledEvents = [PaymentEventTypes.InvoicePaid] })),
        new("endpoints.retrieve", true, "we_1", (p, id) => p.WebhookEndpoints.RetrieveAsync(id)),
        new("endpoints.update", true, "we_1", (p, id) => p.WebhookEndpoints.UpdateAsync(id, new WebhookEndpointUpdateOptions { Status = WebhookEndpointStatus.Disabled })),
        new("endpoints.list", true, null, (p, _) => p.WebhookEndpoints.ListAsync()),
        new("endpoints.del", false, "we_1", (p, id) => p.WebhookEndpoints.DeleteAsync(id)),
    ];

    /// <summary>The methods that send a path id.</summary>
    public static IEnumerable<ApiOperation> WithId => All.Where(o => o.Id is not null);

    public static TheoryData<string> Names => new(All.Select(o => o.Name));

    public static ApiOperation Named(string name) => All.Single(o => o.Name == name);
}
