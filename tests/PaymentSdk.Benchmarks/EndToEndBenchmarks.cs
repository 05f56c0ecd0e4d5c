using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.Benchmarks;

/// <summary>One list call of 100 invoices over loopback: the SDK's whole pipeline against a bare HttpClient.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private CannedPaymentKit _server = null!;
    private ILoggerFactory _logging = null!;
    private PaymentClient _sdk = null!;
    private PaymentClient _signed = null!;
    private HttpClient _bare = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = CannedPaymentKit.Start(BenchmarkData.Page());
        _logging = Clients.Logging();
        _sdk = Clients.Sdk(_server.BaseUrl, signed: false, _logging);
        _signed = Clients.Sdk(_server.BaseUrl, signed: true, _logging);
        _bare = new HttpClient();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _signed.Dispose();
        _bare.Dispose();
        _logging.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient + JsonDocument")]
    public Task<int> Bare() => Clients.BareListAsync(_bare, _server.ListUrl);

    [Benchmark(Description = "bare HttpClient + System.Text.Json, SDK models")]
    public Task<int> BareTyped() => Clients.BareTypedListAsync(_bare, _server.ListUrl);

    [Benchmark(Description = "SDK ListAsync")]
    public Task<int> Sdk() => Clients.SdkListAsync(_sdk);

    [Benchmark(Description = "SDK ListAsync, signed")]
    public Task<int> SdkSigned() => Clients.SdkListAsync(_signed);
}
