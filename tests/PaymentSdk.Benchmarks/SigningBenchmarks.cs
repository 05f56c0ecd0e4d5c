using BenchmarkDotNet.Attributes;

namespace PaymentSdk.Benchmarks;

/// <summary>One component signature: canonical JSON of the request, SHA3-256, Ed25519, five headers.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private PaymentAuthenticator _authenticator = null!;
    private HttpRequestMessage _list = null!;
    private HttpRequestMessage _update = null!;
    private ReadOnlyMemory<byte> _updateBody;

    [GlobalSetup]
    public void Setup()
    {
        var (did, secretKey) = BenchmarkData.ComponentKey();
        _authenticator = PaymentAuthenticator.ComponentSignature(did, secretKey);
        _list = new HttpRequestMessage(HttpMethod.Get,
            "https://host/payment/api/invoices?status=paid%2Copen&customer_id=cus_1&ignore_zero=true&include_staking=true&metadata.order_id=o%201&page=2&pageSize=10&livemode=false");
        _update = new HttpRequestMessage(HttpMethod.Put, "https://host/payment/api/invoices/in_0123456789abcdef?livemode=false");
        _updateBody = """{"metadata":{"order_id":"o 1","note":"Grüße <b>&</b>","count":"3"}}"""u8.ToArray();
    }

    [Benchmark(Baseline = true, Description = "sign a list request (8 query parameters)")]
    public ValueTask SignList() => _authenticator.AuthenticateAsync(_list, ReadOnlyMemory<byte>.Empty, CancellationToken.None);

    [Benchmark(Description = "sign an update (JSON body)")]
    public ValueTask SignUpdate() => _authenticator.AuthenticateAsync(_update, _updateBody, CancellationToken.None);
}
