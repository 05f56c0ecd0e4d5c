using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace PaymentSdk.Benchmarks;

/// <summary>
/// The CPU time and bytes one list call of a page of 100 invoices costs in the SDK, with no socket: the client over
/// a handler that answers the page from memory, so that what is measured is the SDK's own path (handlers, the
/// buffer, the checks, deserializing) in CPU time, which a shared host's steal moves far less than wall time.
/// Prints the best of <c>rounds</c> rounds of <c>calls</c> calls each.
/// </summary>
internal static class ListCpu
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var page = BenchmarkData.Page();
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("https://payment.test/"), LiveMode = false }, new PageHandler(page));
        var options = new InvoiceListOptions { PageSize = BenchmarkData.PageSize };
        for (var i = 0; i < 50; i++) await payment.Invoices.ListAsync(options); // warm up: JIT, tiering, the pool
        using var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < calls; i++) await payment.Invoices.ListAsync(options);
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / calls);
            bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / calls;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"list of 100 invoices ({page.Length / 1024} KB): {best:0.000} ms CPU per call (best of {rounds} × {calls}), {bytes / 1024.0:0.0} KB allocated per call"));
        return 0;
    }

    private sealed class PageHandler(byte[] page) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(page);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
