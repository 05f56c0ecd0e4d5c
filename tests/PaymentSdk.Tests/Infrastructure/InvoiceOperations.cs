namespace PaymentSdk.Tests.Infrastructure;

/// <summary>One of the seven invoice methods, callable with test arguments, and the retry promise it makes.</summary>
public sealed record InvoiceOperation(string Name, bool Idempotent, Func<IInvoiceService, Task> Call)
{
    public override string ToString() => Name;
}

/// <summary>The seven invoice methods of payment-js, as data, for tests that must cover all of them.</summary>
public static class InvoiceOperations
{
    public static readonly IReadOnlyList<InvoiceOperation> All =
    [
        new("retrieve", true, s => s.RetrieveAsync("inv_1")),
        new("list", true, s => s.ListAsync(new InvoiceListOptions { Status = "open" })),
        new("search", true, s => s.SearchAsync(new InvoiceSearchOptions { Query = "Premium" })),
        new("update", true, s => s.UpdateAsync("inv_1", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_1" } })),
        new("void", false, s => s.VoidAsync("inv_1")),
        new("getReturnStake", true, s => s.GetReturnStakeAsync("inv_1")),
        new("returnStake", false, s => s.ReturnStakeAsync("inv_1")),
    ];

    public static TheoryData<string> Names => new(All.Select(o => o.Name));

    public static InvoiceOperation Named(string name) => All.Single(o => o.Name == name);
}
