using System.Text;
using System.Text.RegularExpressions;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Hostile;

/// <summary>
/// Auto-paging against servers whose paging cannot be trusted: one that ignores <c>page</c> and repeats its first
/// page, with a modest or a huge <c>count</c>, and one whose count grows while it is walked. Every auto-pager ends.
/// </summary>
public sealed class RepeatingPageTests
{
    private static PaymentClient Client(FaultServer server) => new(new PaymentClientOptions { BaseUrl = server.BaseUrl("m"), LiveMode = false });

    /// <summary>A page of <paramref name="size"/> objects whose ids are <c>{prefix}_{first}</c> onwards, claiming <paramref name="count"/> in all.</summary>
    private static byte[] Page(string prefix, int first, int size, long count) =>
        Encoding.UTF8.GetBytes($"{{\"count\":{count},\"list\":[{string.Join(",", Enumerable.Range(first, size).Select(i => $"{{\"id\":\"{prefix}_{i}\"}}"))}]}}");

    /// <summary>Answers every request with the page <paramref name="page"/> gives for the <c>page</c> asked for.</summary>
    private static FaultServer Pages(Func<int, byte[]> page) => new(async (request, stream, ct) =>
    {
        var asked = Regex.Match(request.Url, "[?&]page=([0-9]+)") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1;
        await RawAnswers.Json(200, page(asked))(request, stream, ct);
    });

    public static TheoryData<long> Counts => new() { 1000, int.MaxValue };

    [Theory]
    [MemberData(nameof(Counts))]
    public async Task A_server_that_repeats_its_first_page_is_a_typed_error_after_the_first_repeat(long count)
    {
        using var server = Pages(_ => Page("in", 1, 100, count));
        using var payment = Client(server);
        var ids = new List<string>();

        var error = await Assert.ThrowsAsync<PaymentPagingException>(async () =>
        {
            await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 100 })) ids.Add(invoice.Id);
        });

        Assert.Equal(100, ids.Count);
        Assert.Equal(100, ids.Distinct().Count());
        Assert.Equal(2, error.Page);
        Assert.Equal("invoices.list", error.OperationName);
        Assert.Contains("same 100 items as page 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task Search_and_webhook_endpoints_end_the_same_way()
    {
        using var server = Pages(_ => Page("x", 1, 20, int.MaxValue));
        using var payment = Client(server);

        var search = await Assert.ThrowsAsync<PaymentPagingException>(async () =>
        {
            await foreach (var _ in payment.Invoices.SearchAutoPagingAsync(new InvoiceSearchOptions { Query = "q" })) { }
        });
        var endpoints = await Assert.ThrowsAsync<PaymentPagingException>(async () =>
        {
            await foreach (var _ in payment.WebhookEndpoints.ListAutoPagingAsync()) { }
        });

        Assert.Equal(("invoices.search", "webhookEndpoints.list"), (search.OperationName, endpoints.OperationName));
        Assert.Equal(4, server.Connections);
    }

    [Fact]
    public async Task Full_pages_beyond_the_count_are_never_asked_for_even_if_the_count_grows()
    {
        // Distinct full pages for ever, the count growing by a page each time: the first count (250) bounds the walk.
        using var server = Pages(page => Page("in", (page - 1) * 100, 100, 150 + page * 100));
        using var payment = Client(server);
        var ids = new List<string>();

        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 100 })) ids.Add(invoice.Id);

        Assert.Equal(300, ids.Count);
        Assert.Equal(3, server.Connections);
    }

    [Fact]
    public async Task A_page_that_only_partly_repeats_the_one_before_is_walked_on()
    {
        // New objects at the top shift a page down by one: overlap is normal, only an identical page is a loop.
        using var server = Pages(page => Page("in", (page - 1) * 99, 100, 250));
        using var payment = Client(server);
        var ids = new List<string>();

        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 100 })) ids.Add(invoice.Id);

        Assert.Equal(300, ids.Count);
        Assert.Equal(3, server.Connections);
    }
}
