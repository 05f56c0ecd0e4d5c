using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>Auto-paging through every seeded invoice of each mode.</summary>
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
}
