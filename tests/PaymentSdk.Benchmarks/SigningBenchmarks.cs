using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math.EC.Rfc8032;
using PaymentSdk.Auth;

namespace PaymentSdk.Benchmarks;

/// <summary>One component signature: canonical JSON of the request, SHA3-256, Ed25519, five headers.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private PaymentAuthenticator _authenticator = null!;
    private HttpRequestMessage _list = null!;
    private HttpRequestMessage _update = null!;
    private ReadOnlyMemory<byte> _updateBody;
    private Ed25519PrivateKeyParameters _key = null!;
    private readonly byte[] _hash = new byte[32];
    private readonly byte[] _signature = new byte[Ed25519.SignatureSize];

    [GlobalSetup]
    public void Setup()
    {
        var (did, secretKey) = BenchmarkData.ComponentKey();
        _authenticator = PaymentAuthenticator.ComponentSignature(did, secretKey);
        _list = new HttpRequestMessage(HttpMethod.Get,
            "https://host/payment/api/invoices?status=paid%2Copen&customer_id=cus_1&ignore_zero=true&include_staking=true&metadata.order_id=o%201&page=2&pageSize=10&livemode=false");
        _update = new HttpRequestMessage(HttpMethod.Put, "https://host/payment/api/invoices/in_0123456789abcdef?livemode=false");
        _key = new Ed25519PrivateKeyParameters(ComponentSigner.ParseHex(secretKey)!, 0);
        _updateBody = """{"metadata":{"order_id":"o 1","note":"Grüße <b>&</b>","count":"3"}}"""u8.ToArray();
    }

    [Benchmark(Baseline = true, Description = "sign a list request (8 query parameters)")]
    public ValueTask SignList() => _authenticator.AuthenticateAsync(_list, ReadOnlyMemory<byte>.Empty, CancellationToken.None);

    [Benchmark(Description = "sign an update (JSON body)")]
    public ValueTask SignUpdate() => _authenticator.AuthenticateAsync(_update, _updateBody, CancellationToken.None);

    /// <summary>The Ed25519 step alone, as the library does it: the part of a signature the SDK cannot make cheaper.</summary>
    [Benchmark(Description = "Ed25519 over a 32-byte hash alone (BouncyCastle)")]
    public byte[] Ed25519Alone()
    {
        _key.Sign(Ed25519.Algorithm.Ed25519, null, _hash, 0, _hash.Length, _signature, 0);
        return _signature;
    }
}
