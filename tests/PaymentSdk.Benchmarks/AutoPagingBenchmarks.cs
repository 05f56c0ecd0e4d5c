using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.Benchmarks;

/// <summary>100,000 invoices as 1,000 pages of 100 through ListAutoPagingAsync; time and allocation are per invoice.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AutoPagingBenchmarks
{
    public const int Invoices = 100_000;

    private CannedPaymentKit _server = null!;
    private ILoggerFactory _logging = null!;
    private PaymentClient _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = CannedPaymentKit.Start(BenchmarkData.Page(count: Invoices));
        _logging = Clients.Logging();
        _sdk = Clients.Sdk(_server.BaseUrl, signed: false, _logging);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _logging.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Invoices, Description = "auto-paging, per invoice")]
    public async Task<int> EveryInvoice()
    {
        var count = 0;
        await foreach (var _ in _sdk.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = BenchmarkData.PageSize })) count++;
        return count == Invoices ? count : throw new InvalidOperationException($"{count} invoices, not {Invoices}");
    }
}
