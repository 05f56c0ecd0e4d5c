using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>Auto-paging through every seeded invoice of each mode, and lists in the order asked for.</summary>
public sealed class PagingTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static void AssertNewestFirst(IReadOnlyList<InvoiceExpanded> invoices) =>
        Assert.True(invoices.Zip(invoices.Skip(1)).All(pair => pair.First.CreatedAt > pair.Second.CreatedAt), "invoices must come newest first");

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Auto_paging_yields_every_test_mode_invoice_once_newest_first(int pageSize)
    {
        Assert.True(fixture.TestInvoices.Count > 240, $"test mode should hold over 240 invoices, not {fixture.TestInvoices.Count}");

        var invoices = await fixture.Test.Invoices.ListAutoPagingAsync(
            new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = pageSize }).CollectAsync();

        Assert.Equal(fixture.TestInvoices.Ids(), invoices.Ids());
        Assert.Equal(invoices.Count, invoices.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(invoices, i => Assert.False(i.Livemode));
        AssertNewestFirst(invoices);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Auto_paging_yields_every_live_mode_invoice_once_newest_first(int pageSize)
    {
        Assert.True(fixture.LiveInvoices.Count >= 60, $"live mode should hold at least 60 invoices, not {fixture.LiveInvoices.Count}");

        var invoices = await fixture.Live.Invoices.ListAutoPagingAsync(
            new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = pageSize }).CollectAsync();

        Assert.Equal(fixture.LiveInvoices.Ids(), invoices.Ids());
        Assert.Equal(invoices.Count, invoices.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(invoices, i => Assert.True(i.Livemode));
        AssertNewestFirst(invoices);
    }

    [Fact]
    public async Task Auto_paging_from_a_later_page_yields_the_rest()
    {
        var expected = fixture.TestInvoices.Where(i => Expected.Shown(i)).Ids();

        var ids = await fixture.Test.Invoices.ListIdsAsync(new InvoiceListOptions { Page = 3, PageSize = 9 });

        Assert.Equal(expected.Skip(18), ids);
    }

    [Fact]
    public async Task Auto_paging_with_the_default_page_size_yields_every_shown_invoice()
    {
        var expected = fixture.TestInvoices.Where(i => Expected.Shown(i)).Ids();
        Assert.True(expected.Count > 20);

        var ids = await fixture.Test.Invoices.ListIdsAsync(new InvoiceListOptions());

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task A_list_answers_in_the_order_asked_for_and_auto_paging_keeps_it_on_every_page()
    {
        var expected = fixture.TestInvoices.Where(i => Expected.Shown(i))
            .OrderBy(i => i.CreatedAt).ThenByDescending(i => i.Id, StringComparer.Ordinal).Ids();
        var options = new InvoiceListOptions { PageSize = 9, Order = [OrderItem.Ascending("created_at"), OrderItem.Descending("id")] };

        var ids = await fixture.Test.Invoices.ListIdsAsync(options);
        var first = await fixture.Test.Invoices.ListAsync(options);

        Assert.Equal(expected, ids);
        Assert.Equal(expected.Take(9), first.List.Select(i => i.Id));
        Assert.Equal(expected.Count, first.Count);
    }

    [Fact]
    public async Task Customers_sort_by_id_across_pages()
    {
        var byDefault = (await fixture.Test.Customers.ListAutoPagingAsync(new CustomerListOptions { PageSize = 100 }).CollectAsync()).Select(c => c.Id).ToList();
        var expected = byDefault.Order(StringComparer.Ordinal).ToList();
        Assert.True(byDefault.Count > 3);
        Assert.NotEqual(expected, byDefault); // else this test could not tell sorting from not sorting

        var sorted = await fixture.Test.Customers.ListAutoPagingAsync(new CustomerListOptions { PageSize = 3, Order = [OrderItem.Ascending("id")] }).CollectAsync();

        Assert.Equal(expected, sorted.Select(c => c.Id));
    }

    [Theory]
    [InlineData("amount", "ASC", "\"order[0][0]\" must be one of [created_at, updated_at, id]")]
    [InlineData("created_at", "SIDEWAYS", "\"order[0][1]\" must be one of [ASC, DESC]")]
    public async Task An_order_the_sandbox_cannot_sort_by_is_refused_not_ignored(string field, string direction, string message)
    {
        using var response = await fixture.Http.GetAsync($"api/products?order%5B0%5D%5B0%5D={field}&order%5B0%5D%5B1%5D={direction}&livemode=false");

        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, body.RootElement.GetProperty("error").GetString());
    }
}
