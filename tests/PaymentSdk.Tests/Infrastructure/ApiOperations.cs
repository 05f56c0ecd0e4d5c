namespace PaymentSdk.Tests.Infrastructure;

/// <summary>One method of the SDK, callable with test arguments, and the retry promise it makes.</summary>
public sealed record ApiOperation(string Name, bool Idempotent, Func<PaymentClient, Task> Call)
{
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
        new("retrieve", true, p => p.Invoices.RetrieveAsync("inv_1")),
        new("list", true, p => p.Invoices.ListAsync(new InvoiceListOptions { Status = "open" })),
        new("search", true, p => p.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium" })),
        new("update", true, p => p.Invoices.UpdateAsync("inv_1", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_1" } })),
        new("void", false, p => p.Invoices.VoidAsync("inv_1")),
        new("getReturnStake", true, p => p.Invoices.GetReturnStakeAsync("inv_1")),
        new("returnStake", false, p => p.Invoices.ReturnStakeAsync("inv_1")),
        new("endpoints.create", false, p => p.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://shop.example/hooks", EnabledEvents = [PaymentEventTypes.InvoicePaid] })),
        new("endpoints.retrieve", true, p => p.WebhookEndpoints.RetrieveAsync("we_1")),
        new("endpoints.update", true, p => p.WebhookEndpoints.UpdateAsync("we_1", new WebhookEndpointUpdateOptions { Status = WebhookEndpointStatus.Disabled })),
        new("endpoints.list", true, p => p.WebhookEndpoints.ListAsync()),
        new("endpoints.del", false, p => p.WebhookEndpoints.DeleteAsync("we_1")),
    ];

    public static TheoryData<string> Names => new(All.Select(o => o.Name));

    public static ApiOperation Named(string name) => All.Single(o => o.Name == name);
}
