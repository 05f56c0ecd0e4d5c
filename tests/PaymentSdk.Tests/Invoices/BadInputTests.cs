using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>Bad input fails with an exception naming the parameter, and nothing reaches the server.</summary>
public sealed class BadInputTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    public static TheoryData<string?> BadIds => new() { null, "", " ", "\t\n", ".", ".." };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task Every_method_rejects_a_bad_id(string? id)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);
        var update = new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["k"] = "v" } };
        var calls = new Func<Task>[]
        {
            () => payment.Invoices.RetrieveAsync(id!),
            () => payment.Invoices.UpdateAsync(id!, update),
            () => payment.Invoices.VoidAsync(id!),
            () => payment.Invoices.GetReturnStakeAsync(id!),
            () => payment.Invoices.ReturnStakeAsync(id!),
        };

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(call);
            Assert.Equal("id", error.ParamName);
            if (id is null) Assert.IsType<ArgumentNullException>(error);
        }
        Assert.Empty(WireMock.Requests(mount));
    }

    public static TheoryData<string, Func<IInvoiceService, Task>> BadOptions => new()
    {
        { "options.Page", s => s.ListAsync(new InvoiceListOptions { Page = 0 }) },
        { "options.Page", s => s.ListAsync(new InvoiceListOptions { Page = -3 }) },
        { "options.PageSize", s => s.ListAsync(new InvoiceListOptions { PageSize = 0 }) },
        { "options.PageSize", s => s.ListAsync(new InvoiceListOptions { PageSize = 101 }) },
        { "options.PageSize", s => s.SearchAsync(new InvoiceSearchOptions { Query = "x", PageSize = 101 }) },
        { "options.Page", s => s.SearchAsync(new InvoiceSearchOptions { Query = "x", Page = 0 }) },
        { "options.Query", s => s.SearchAsync(new InvoiceSearchOptions()) },
        { "options.Query", s => s.SearchAsync(new InvoiceSearchOptions { Query = "" }) },
        { "options.Query", s => s.SearchAsync(new InvoiceSearchOptions { Query = "   " }) },
        { "options", s => s.SearchAsync(null!) },
        { "options.Metadata", s => s.ListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { [new string('k', 41)] = "v" } }) },
        { "options.Metadata", s => s.ListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["k"] = new string('v', 501) } }) },
        { "options.Metadata", s => s.ListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { [" "] = "v" } }) },
        { "options.Metadata", s => s.ListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["k"] = null! } }) },
        { "options.CustomerId", s => s.ListAsync(new InvoiceListOptions { CustomerId = "cus" + (char)0xDC00 }) },
        { "id", s => s.RetrieveAsync("inv" + (char)0xD800) },
        { "options.Metadata", s => s.ListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["k"] = "v" + (char)0xD800 } }) },
        { "options", s => s.UpdateAsync("inv_123", null!) },
        { "options.Metadata", s => s.UpdateAsync("inv_123", new InvoiceUpdateOptions()) },
        { "options.Metadata", s => s.UpdateAsync("inv_123", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { [new string('k', 41)] = "v" } }) },
        { "options.Metadata", s => s.UpdateAsync("inv_123", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["k"] = new string('v', 501) } }) },
        { "options.Metadata", s => s.UpdateAsync("inv_123", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["k"] = Enumerable.Repeat((object?)"abcdefghij", 50).ToList() } }) },
        { "options.Metadata", s => s.UpdateAsync("inv_123", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["k"] = new Uri("https://x") } }) },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Bad_options_are_rejected_before_sending(string paramName, Func<IInvoiceService, Task> call)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(payment.Invoices));

        Assert.Equal(paramName, error.ParamName);
        Assert.Empty(WireMock.Requests(mount));
    }

    [Fact]
    public async Task Auto_paging_rejects_bad_options_when_called_not_when_enumerated()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var list = Assert.Throws<ArgumentOutOfRangeException>(() => payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 500 }));
        var search = Assert.Throws<ArgumentNullException>(() => payment.Invoices.SearchAutoPagingAsync(new InvoiceSearchOptions()));

        Assert.Equal("options.PageSize", list.ParamName);
        Assert.Equal("options.Query", search.ParamName);
        Assert.Empty(WireMock.Requests(mount));
    }

    [Fact]
    public async Task Limits_themselves_are_accepted()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Invoices.ListAsync(new InvoiceListOptions
        {
            PageSize = 100,
            Page = 1,
            Metadata = new Dictionary<string, string> { [new string('k', 40)] = new string('v', 500) },
        });
        await payment.Invoices.UpdateAsync("inv_123", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { [new string('k', 40)] = new string('v', 500) } });

        Assert.Equal(2, WireMock.Requests(mount).Count);
    }
}
