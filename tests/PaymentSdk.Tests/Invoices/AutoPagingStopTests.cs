using System.Text;
using System.Text.RegularExpressions;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>
/// Each way auto-paging ends, alone: a server whose <c>count</c> promises more but whose page is short or empty, and
/// full pages that reach the <c>count</c> exactly. Each case leaves the other stop no say, so that removing a stop
/// fails its test: the server answers every later page with fresh items, and the request log shows whether one was
/// asked for.
/// </summary>
public sealed class AutoPagingStopTests
{
    private const int PageSize = 3;

    /// <summary>
    /// A server of invoices <c>in_{page}_{i}</c> that gives <paramref name="sizes"/>[page − 1] items on each listed page,
    /// two full pages after them and then empty ones (so that a walk missing a stop still ends), always claiming
    /// <paramref name="count"/> in all.
    /// </summary>
    private static FaultServer Server(long count, params int[] sizes) => new(async (request, stream, ct) =>
    {
        var page = int.Parse(Regex.Match(request.Url, "[?&]page=([0-9]+)").Groups[1].Value);
        var size = page <= sizes.Length ? sizes[page - 1] : page <= sizes.Length + 2 ? PageSize : 0;
        var items = Enumerable.Range(1, size).Select(i => $"{{\"id\":\"in_{page}_{i}\"}}");
        await RawAnswers.Json(200, Encoding.UTF8.GetBytes($"{{\"count\":{count},\"list\":[{string.Join(",", items)}]}}"))(request, stream, ct);
    });

    private static async Task<List<string>> WalkAsync(FaultServer server, int? pageSize = PageSize)
    {
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = server.BaseUrl("m"), LiveMode = false });
        var ids = new List<string>();
        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = pageSize })) ids.Add(invoice.Id);
        return ids;
    }

    private static IEnumerable<int> PagesAskedFor(FaultServer server) =>
        server.Requests("m").Select(r => int.Parse(Regex.Match(r.Url, "[?&]page=([0-9]+)").Groups[1].Value));

    [Fact]
    public async Task A_short_page_ends_it_though_the_count_promises_more()
    {
        using var server = Server(count: 1000, PageSize, 2);

        var ids = await WalkAsync(server);

        Assert.Equal(["in_1_1", "in_1_2", "in_1_3", "in_2_1", "in_2_2"], ids);
        Assert.Equal([1, 2], PagesAskedFor(server));
    }

    [Fact]
    public async Task An_empty_page_ends_it_quietly_though_the_count_promises_more()
    {
        using var server = Server(count: 1000, PageSize, 0);

        var ids = await WalkAsync(server);

        Assert.Equal(["in_1_1", "in_1_2", "in_1_3"], ids);
        Assert.Equal([1, 2], PagesAskedFor(server));
    }

    [Fact]
    public async Task Full_pages_that_reach_the_count_end_it_without_asking_for_another()
    {
        using var server = Server(count: 2 * PageSize, PageSize, PageSize);

        var ids = await WalkAsync(server);

        Assert.Equal(2 * PageSize, ids.Count);
        Assert.Equal([1, 2], PagesAskedFor(server));
    }

    [Fact]
    public async Task Without_a_page_size_each_page_is_asked_for_with_the_default_one()
    {
        // A short page is measured against the size asked for: never against a guess of the server's default.
        using var server = Server(count: 1000, PaginationOptions.DefaultPageSize, 5);

        var ids = await WalkAsync(server, pageSize: null);

        Assert.Equal(PaginationOptions.DefaultPageSize + 5, ids.Count);
        Assert.All(server.Requests("m"), r => Assert.Contains($"&pageSize={PaginationOptions.DefaultPageSize}&", r.Url, StringComparison.Ordinal));
    }
}
