using BenchmarkDotNet.Attributes;
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
    private Ed25519Key _libsodium = null!;
    private Ed25519Key _bouncyCastle = null!;
    private readonly byte[] _hash = new byte[32];
    private readonly byte[] _signature = new byte[Ed25519Key.SignatureSize];

    [GlobalSetup]
    public void Setup()
    {
        var (did, secretKey) = BenchmarkData.ComponentKey();
        _authenticator = PaymentAuthenticator.ComponentSignature(did, secretKey);
        _list = new HttpRequestMessage(HttpMethod.Get,
            "https://host/payment/api/invoices?status=paid%2Copen&customer_id=cus_1&ignore_zero=true&include_staking=true&metadata.order_id=o%201&page=2&pageSize=10&livemode=false");
        _update = new HttpRequestMessage(HttpMethod.Put, "https://host/payment/api/invoices/in_0123456789abcdef?livemode=false");
        var seed = ComponentSigner.ParseHex(secretKey)!.AsSpan(0, Ed25519Key.SeedSize);
        _libsodium = Ed25519Key.FromSeed(seed);
        _bouncyCastle = Ed25519Key.FromSeed(seed, portable: true);
        _updateBody = """{"metadata":{"order_id":"o 1","note":"Grüße <b>&</b>","count":"3"}}"""u8.ToArray();
    }

    [Benchmark(Baseline = true, Description = "sign a list request (8 query parameters)")]
    public ValueTask SignList() => _authenticator.AuthenticateAsync(_list, ReadOnlyMemory<byte>.Empty, CancellationToken.None);

    [Benchmark(Description = "sign an update (JSON body)")]
    public ValueTask SignUpdate() => _authenticator.AuthenticateAsync(_update, _updateBody, CancellationToken.None);

    /// <summary>The Ed25519 step alone, as the SDK signs on .NET 10: the part of a signature the SDK cannot make cheaper.</summary>
    [Benchmark(Description = "Ed25519 over a 32-byte hash alone (NSec/libsodium, .NET 10)")]
    public byte[] Ed25519Libsodium()
    {
        _libsodium.Sign(_hash, _signature);
        return _signature;
    }

    /// <summary>The same with BouncyCastle.Cryptography, as the SDK signs on .NET 8 and .NET Framework.</summary>
    [Benchmark(Description = "Ed25519 over a 32-byte hash alone (BouncyCastle.Cryptography, .NET 8 / Framework)")]
    public byte[] Ed25519BouncyCastle()
    {
        _bouncyCastle.Sign(_hash, _signature);
        return _signature;
    }
}
