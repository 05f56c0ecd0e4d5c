using System.Globalization;

namespace PaymentSdk.Benchmarks;

/// <summary>
/// Auto-paging over 10, 100 and 1,000 pages of 100 invoices, recording the largest live managed heap (measured
/// after a full collection every 10 pages) and the bytes allocated per invoice: flat memory means the live heap
/// does not grow with the pages walked.
/// </summary>
internal static class PagingMemory
{
    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"{"pages",6} {"invoices",9} {"peak live heap",15} {"allocated/invoice",18}");
        foreach (var pages in new[] { 10, 100, 1000 })
        {
            var invoices = pages * BenchmarkData.PageSize;
            await using var server = CannedPaymentKit.Start(BenchmarkData.Page(count: invoices));
            using var logging = Clients.Logging();
            using var sdk = Clients.Sdk(server.BaseUrl, signed: false, logging);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long peak = 0;
            var checkpoints = new List<string>();
            var totalBefore = GC.GetTotalAllocatedBytes(precise: true);
            var count = 0;
            await foreach (var _ in sdk.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = BenchmarkData.PageSize }))
            {
                if (++count % (10 * BenchmarkData.PageSize) != 0) continue;
                var live = GC.GetTotalMemory(forceFullCollection: true);
                peak = Math.Max(peak, live);
                var page = count / BenchmarkData.PageSize;
                if (page % (pages / 5) == 0) checkpoints.Add(string.Create(CultureInfo.InvariantCulture, $"{page}: {live / (1024.0 * 1024):0.0} MB"));
            }
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - totalBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pages,6} {count,9} {peak / (1024.0 * 1024),12:0.0} MB {allocated / (double)count,15:0} B   live heap after page {string.Join(", ", checkpoints)}"));
        }
        return 0;
    }
}
