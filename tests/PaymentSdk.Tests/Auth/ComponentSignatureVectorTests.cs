using System.Text;
using System.Text.Json;
using PaymentSdk.Auth;
using PaymentSdk.Http;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Auth;

/// <summary>Every canonical string, hash and signature the Blocklet SDK made, reproduced exactly.</summary>
public class ComponentSignatureVectorTests
{
    [Theory]
    [MemberData(nameof(SignatureVectors.Names), MemberType = typeof(SignatureVectors))]
    public void The_canonical_text_hash_and_signature_match_the_blocklet_sdk(string name)
    {
        var vector = SignatureVectors.Named(name);
        var raw = vector.GetProperty("raw");
        var query = CanonicalJson.NewObject();
        foreach (var parameter in raw.GetProperty("query").EnumerateObject()) query[parameter.Name] = parameter.Value.GetString();
        var body = CanonicalJson.Parse(Encoding.UTF8.GetBytes(raw.GetProperty("body").GetRawText()));

        var canonical = ComponentSigner.Canonical(raw.GetProperty("iat").GetInt64(), body, query, raw.GetProperty("method").GetString()!, raw.GetProperty("url").GetString()!);

        Assert.Equal(vector.GetProperty("canonical").GetString(), canonical);
        Assert.Equal(vector.GetProperty("sha3_256").GetString(), ComponentSigner.Hex(ComponentSigner.Hash(canonical)));
        Assert.Equal(vector.GetProperty("signature").GetString(), new ComponentSigner(SignatureVectors.SecretKey, "key").Sign(canonical));
    }

    public static TheoryData<string, string> VectorsAndEscapings()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in SignatureVectors.AllNames)
        {
            data.Add(name, "Uri.EscapeDataString");
            data.Add(name, "encodeURIComponent");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(VectorsAndEscapings))]
    public async Task The_authenticator_signs_the_request_as_sent_exactly_as_the_vector(string name, string escaping)
    {
        var vector = SignatureVectors.Named(name);
        var raw = vector.GetProperty("raw");
        var iat = raw.GetProperty("iat").GetInt64();
        // The request as it goes on the wire, its query in the vector's order: escaped as the SDK (Refit) escapes it,
        // or as payment-js does. Both must sign as the Blocklet SDK did, since the signature covers decoded values.
        Func<string, string> escape = escaping == "encodeURIComponent" ? text => UriComponent.Encode(text, "text") : Uri.EscapeDataString;
        var query = string.Join("&", raw.GetProperty("query").EnumerateObject().Select(p => escape(p.Name) + "=" + escape(p.Value.GetString()!)));
        using var request = new HttpRequestMessage(new HttpMethod(raw.GetProperty("method").GetString()!.ToUpperInvariant()), "https://host" + raw.GetProperty("url").GetString() + "?" + query);
        var body = raw.GetProperty("body") is { ValueKind: JsonValueKind.Object } b && !b.EnumerateObject().Any() ? [] : Encoding.UTF8.GetBytes(raw.GetProperty("body").GetRawText());
        var authenticator = new ComponentSignatureAuthenticator("zNKcomponent", "did", SignatureVectors.SecretKey, "key", new FixedClock(DateTimeOffset.FromUnixTimeSeconds(iat)));

        await authenticator.AuthenticateAsync(request, body, CancellationToken.None);

        Assert.Equal(vector.GetProperty("signature").GetString(), Header(request, "x-component-sig"));
        Assert.Equal(iat.ToString(), Header(request, "x-component-sig-iat"));
        Assert.Equal((iat + 300).ToString(), Header(request, "x-component-sig-exp"));
        Assert.Equal("1", Header(request, "x-component-sig-version"));
        Assert.Equal("zNKcomponent", Header(request, "x-component-did"));
    }

    [Fact]
    public async Task Authenticating_again_replaces_the_headers_rather_than_adding_to_them()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://host/api/invoices/inv_1?livemode=false");
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_767_225_600));
        var authenticator = new ComponentSignatureAuthenticator("zNKcomponent", "did", SignatureVectors.SecretKey, "key", clock);

        await authenticator.AuthenticateAsync(request, default, CancellationToken.None);
        var first = Header(request, "x-component-sig");
        clock.Now = clock.Now.AddSeconds(1);
        await authenticator.AuthenticateAsync(request, default, CancellationToken.None);

        Assert.Single(request.Headers.GetValues("x-component-sig"));
        Assert.NotEqual(first, Header(request, "x-component-sig"));
        Assert.Equal("1767225601", Header(request, "x-component-sig-iat"));
    }

    [Fact]
    public void A_repeated_query_name_is_a_list_and_plus_is_a_space()
    {
        var query = ComponentSignatureAuthenticator.ParseQuery("a=1&b=x+y%20z&a=2&flag&c=%E2%82%AC");

        Assert.Equal("""{"a":["1","2"],"b":"x y z","c":"€","flag":""}""", CanonicalJson.Stringify(query));
    }

    private static string Header(HttpRequestMessage request, string name) => request.Headers.GetValues(name).Single();

    [Theory]
    [MemberData(nameof(SignatureVectors.Names), MemberType = typeof(SignatureVectors))]
    public void Both_ed25519_implementations_sign_and_verify_every_vector_alike(string name)
    {
        var vector = SignatureVectors.Named(name);
        var hash = Convert.FromHexString(vector.GetProperty("sha3_256").GetString()![2..]);
        var seed = Convert.FromHexString(SignatureVectors.SecretKey[2..66]);
        var expected = vector.GetProperty("signature").GetString()!;

        foreach (var portable in new[] { false, true })
        {
            using var key = Ed25519Key.FromSeed(seed, portable);
            var signature = new byte[Ed25519Key.SignatureSize];
            key.Sign(hash, signature);

            Assert.Equal(expected, ComponentSigner.Hex(signature));
            Assert.Equal(SignatureVectors.PublicKey, key.PublicKey);
            Assert.True(Ed25519Key.Verify(key.PublicKey, hash, signature, portable));
            signature[0] ^= 1;
            Assert.False(Ed25519Key.Verify(key.PublicKey, hash, signature, portable));
        }
    }

    [Fact]
    public void On_this_runtime_libsodium_signs_and_bouncy_castle_is_the_portable_fallback()
    {
        var seed = Convert.FromHexString(SignatureVectors.SecretKey[2..66]);
        using var fast = Ed25519Key.FromSeed(seed);
        using var portable = Ed25519Key.FromSeed(seed, portable: true);

        Assert.Equal(("libsodium", "BouncyCastle"), (fast.Implementation, portable.Implementation));
    }
}
