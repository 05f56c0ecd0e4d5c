using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Crypto.Parameters;
using PaymentSdk.Auth;
using PaymentSdk.Sandbox;

namespace PaymentSdk.Benchmarks;

/// <summary>The bytes and keys every benchmark uses, made the same way each run.</summary>
internal static class BenchmarkData
{
    public const int PageSize = 100;

    /// <summary>
    /// A page of 100 expanded invoices as the sandbox answers a list (every kind of invoice, nested customer,
    /// currency, method, intent, subscription and priced lines; amounts up to 10^30), with <c>count</c> set to
    /// <paramref name="count"/> so that auto-paging asks for <c>count / 100</c> pages.
    /// </summary>
    public static byte[] Page(int count = PageSize)
    {
        return Task.Run(async () =>
        {
            await using var sandbox = await PaymentSandbox.StartAsync();
            using var http = new HttpClient();
            var json = await http.GetByteArrayAsync(new Uri(sandbox.BaseUrl, "api/invoices?livemode=false&include_staking=true&include_return_staking=true&pageSize=100"));
            var page = JsonNode.Parse(json)!;
            page["count"] = count;
            return JsonSerializer.SerializeToUtf8Bytes(page, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }).GetAwaiter().GetResult();
    }

    /// <summary>A Blocklet component's DID and secret key (0x + seed + public key), fixed so every run signs the same way.</summary>
    public static (string Did, string SecretKey) ComponentKey()
    {
        var seed = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var publicKey = new Ed25519PrivateKeyParameters(seed, 0).GeneratePublicKey().GetEncoded();
        return ("zNKjL4wTmxQPk5nN1y8ZvHvHaD5SfYbtYtBR", ComponentSigner.Hex(seed) + ComponentSigner.Hex(publicKey)[2..]);
    }
}
