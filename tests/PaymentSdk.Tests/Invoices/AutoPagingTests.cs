using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>Auto-paging fetches a page at a time and stops on the count or a short page.</summary>
public sealed class AutoPagingTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task ListAutoPagingAsync_walks_three_pages_and_stops_on_the_short_one()
    {
        var mount = NewMount("paging");
        using var payment = NewClient(mount);
        var options = new InvoiceListOptions { Status = "paid", PageSize = 2 };

        var ids = new List<string>();
        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(options))
            ids.Add(invoice.Id);

        Assert.Equal(new[] { "inv_p1", "inv_p2", "inv_p3", "inv_p4", "inv_p5" }, ids);
        var requests = WireMock.Requests(mount);
        Assert.Equal(
            new[] { 1, 2, 3 }.Select(p => $"/{mount}/api/invoices?status=paid&page={p}&pageSize=2&livemode=false"),
            requests.Select(r => r.Url));
        Assert.Null(options.Page); // the caller's options are not changed
    }

    [Fact]
    public async Task ListAutoPagingAsync_stops_when_the_count_is_reached()
    {
        var mount = NewMount("pagecount");
        using var payment = NewClient(mount);

        var ids = new List<string>();
        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 2 }))
            ids.Add(invoice.Id);

        Assert.Equal(new[] { "inv_p1", "inv_p2", "inv_p3", "inv_p4" }, ids);
        Assert.Equal(2, WireMock.Requests(mount).Count); // full pages, but the count of 4 was reached
    }

    [Fact]
    public async Task ListAutoPagingAsync_starts_at_the_page_asked_for()
    {
        var mount = NewMount("paging");
        using var payment = NewClient(mount);

        var ids = new List<string>();
        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { Page = 2, PageSize = 2 }))
            ids.Add(invoice.Id);

        Assert.Equal(new[] { "inv_p3", "inv_p4", "inv_p5" }, ids);
        Assert.Equal(2, WireMock.Requests(mount).Count);
    }

    [Fact]
    public async Task SearchAutoPagingAsync_walks_every_page()
    {
        var mount = NewMount("searchpaging");
        using var payment = NewClient(mount);

        var ids = new List<string>();
        await foreach (var invoice in payment.Invoices.SearchAutoPagingAsync(new InvoiceSearchOptions { Query = "plan", PageSize = 2 }))
            ids.Add(invoice.Id);

        Assert.Equal(5, ids.Count);
        Assert.Equal(
            new[] { 1, 2, 3 }.Select(p => $"/{mount}/api/invoices/search?q=plan&page={p}&pageSize=2&livemode=false"),
            WireMock.Requests(mount).Select(r => r.Url));
    }

    [Fact]
    public async Task Cancelling_mid_way_stops_before_the_next_page()
    {
        var mount = NewMount("paging");
        using var payment = NewClient(mount);
        using var cancellation = new CancellationTokenSource();

        var ids = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 2 }, cancellation.Token))
            {
                ids.Add(invoice.Id);
                if (invoice.Id == "inv_p3") cancellation.Cancel(); // first item of page 2
            }
        });

        Assert.Equal(new[] { "inv_p1", "inv_p2", "inv_p3" }, ids);
        Assert.Equal(2, WireMock.Requests(mount).Count); // page 3 never requested
    }

    [Fact]
    public async Task WithCancellation_cancels_too()
    {
        var mount = NewMount("paging");
        using var payment = NewClient(mount);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 2 }).WithCancellation(cancellation.Token))
            {
                if (++seen == 2) cancellation.Cancel(); // last item of page 1
            }
        });

        Assert.Equal(2, seen);
        Assert.Single(WireMock.Requests(mount));
    }

}
