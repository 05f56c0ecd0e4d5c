using Org.BouncyCastle.Crypto.Parameters;
using PaymentSdk.Internal;
using PaymentSdk.Tests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace PaymentSdk.Tests.Auth;

/// <summary>
/// Where the client finds Payment Kit and its credentials: code first, then the environment. Requests are
/// read from the stub server's log; every connection goes there, whatever host the client chose, and the
/// <c>Host</c> header says which one it was.
/// </summary>
public class AuthenticationConfigurationTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    private const string Did = "zNKjL4wTmxQPk5nNV3k2mEqzS6R7xTm8vC1p";
    private static readonly string MountPoints = $$"""[{"did":"{{PaymentEnvironment.PaymentKitDid}}","mountPoint":"/payment","port":8090}]""";

    /// <summary>Retrieves an invoice of a fresh id with a client made from the environment (and code); returns the id and the request as received.</summary>
    private async Task<(string Id, LoggedRequest Request)> SendAsync(Dictionary<string, string> environment, Action<PaymentClientOptions>? configure = null)
    {
        var id = "inv_" + Guid.NewGuid().ToString("N")[..12];
        WireMock.Stub(Request.Create().UsingGet().WithPath(new RegexMatcher("/api/invoices/" + id + "$")), Stubs.Ok("invoice-with-discount.json"));
        var options = new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault };
        configure?.Invoke(options);
        using var transport = ConnectionsTo.Server(WireMock);
        using var payment = new PaymentClient(options, transport);

        await payment.Invoices.RetrieveAsync(id);

        return (id, Assert.Single(WireMock.RequestsMatching("/api/invoices/" + id + "([?]|$)")));
    }

    private static Dictionary<string, string> Blocklet(string? key = null) => new()
    {
        ["BLOCKLET_MOUNT_POINTS"] = MountPoints,
        ["BLOCKLET_APP_SK"] = key ?? SignatureVectors.SecretKey,
        ["BLOCKLET_COMPONENT_DID"] = Did,
    };

    [Fact]
    public async Task Inside_a_blocklet_payment_kit_is_found_and_requests_are_signed()
    {
        var (id, request) = await SendAsync(Blocklet());

        Assert.Equal(("127.0.0.1:8090", $"/api/invoices/{id}"), (request.Header("Host"), request.Path));
        Assert.Equal(Did, request.Header("x-component-did"));
        Assert.StartsWith("0x", request.Header("x-component-sig"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task A_port_written_as_a_string_is_accepted()
    {
        var environment = Blocklet();
        environment["BLOCKLET_MOUNT_POINTS"] = $$"""[{"did":"{{PaymentEnvironment.PaymentKitDid}}","port":"9001"}]""";

        var (_, request) = await SendAsync(environment);

        Assert.Equal("127.0.0.1:9001", request.Header("Host"));
    }

    [Fact]
    public async Task A_base_url_in_code_wins_over_the_mount_points()
    {
        // Plain http, so that the stub server can read it (https is the same code path for the base URL).
        var (id, request) = await SendAsync(Blocklet(), o => { o.BaseUrl = new Uri("http://pay.example/payment"); o.AllowInsecureHttp = true; });

        Assert.Equal(("pay.example", $"/payment/api/invoices/{id}"), (request.Header("Host"), request.Path));
    }

    [Fact]
    public async Task The_access_secret_key_wins_over_the_app_secret_key()
    {
        var environment = Blocklet(key: NewSecretKey());
        environment["BLOCKLET_APP_ASK"] = SignatureVectors.SecretKey;

        var (_, request) = await SendAsync(environment);

        Assert.True(SignatureCheck.Verifies(request, SignatureVectors.PublicKey), "Signed with BLOCKLET_APP_SK instead of BLOCKLET_APP_ASK.");
    }

    [Fact]
    public async Task An_access_key_in_the_environment_wins_over_the_component_signature()
    {
        var environment = Blocklet();
        environment["PAYMENT_KIT_ACCESS_KEY"] = "blocklet-from-env";

        var (_, request) = await SendAsync(environment);

        Assert.Equal("Bearer blocklet-from-env", request.Header("Authorization"));
        Assert.Null(request.Header("x-component-sig"));
    }

    [Fact]
    public async Task An_access_key_in_code_wins_over_the_environment()
    {
        var environment = Blocklet();
        environment["PAYMENT_KIT_ACCESS_KEY"] = "blocklet-from-env";

        var (_, request) = await SendAsync(environment, o => o.AccessKey = "blocklet-from-code");

        Assert.Equal("Bearer blocklet-from-code", request.Header("Authorization"));
    }

    [Fact]
    public async Task A_custom_authenticator_wins_over_everything()
    {
        var environment = Blocklet();
        environment["PAYMENT_KIT_ACCESS_KEY"] = "blocklet-from-env";

        var (_, request) = await SendAsync(environment, o => { o.AccessKey = "blocklet-from-code"; o.Authenticator = new HeaderAuthenticator(); });

        Assert.Equal("custom", request.Header("x-custom-auth"));
        Assert.Null(request.Header("Authorization"));
        Assert.Null(request.Header("x-component-sig"));
    }

    [Fact]
    public async Task Empty_variables_count_as_unset()
    {
        var environment = Blocklet();
        environment["PAYMENT_KIT_ACCESS_KEY"] = "";
        environment["BLOCKLET_APP_ASK"] = "";

        var (_, request) = await SendAsync(environment);

        Assert.NotNull(request.Header("x-component-sig"));
        Assert.True(SignatureCheck.Verifies(request, SignatureVectors.PublicKey));
    }

    [Fact]
    public async Task Without_credentials_requests_go_unauthenticated()
    {
        var (_, request) = await SendAsync([], o => { o.BaseUrl = new Uri("http://pay.example"); o.AllowInsecureHttp = true; });

        Assert.Null(request.Header("Authorization"));
        Assert.Null(request.Header("x-component-sig"));
    }

    [Fact]
    public void Without_a_base_url_or_blocklet_the_constructor_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = _ => null }));

        Assert.Equal("PaymentClientOptions.BaseUrl", error.ParamName);
        Assert.Contains("BLOCKLET_MOUNT_POINTS", error.Message);
        Assert.Contains(PaymentEnvironment.PaymentKitDid, error.Message);
    }

    [Fact]
    public void Mount_points_without_payment_kit_are_no_base_url()
    {
        var environment = new Dictionary<string, string> { ["BLOCKLET_MOUNT_POINTS"] = """[{"did":"z8other","port":8080}]""" };

        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault }));

        Assert.Equal("PaymentClientOptions.BaseUrl", error.ParamName);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"did":"x"}""")]
    [InlineData("""[{"did":"z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk","port":0}]""")]
    public void Malformed_mount_points_are_named(string mountPoints)
    {
        var environment = new Dictionary<string, string> { ["BLOCKLET_MOUNT_POINTS"] = mountPoints };

        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault }));

        Assert.Equal("BLOCKLET_MOUNT_POINTS", error.ParamName);
    }

    [Fact]
    public void A_key_without_a_component_did_says_which_is_missing()
    {
        var environment = Blocklet();
        environment.Remove("BLOCKLET_COMPONENT_DID");

        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault }));

        Assert.Equal("BLOCKLET_COMPONENT_DID", error.ParamName);
        Assert.Contains("BLOCKLET_APP_SK", error.Message);
    }

    public static TheoryData<string, string> MalformedKeys()
    {
        var good = SignatureVectors.SecretKey;
        return new()
        {
            { "too short", good[..20] },
            { "one byte short", good[..^2] },
            { "a byte too many", good + "ab" },
            { "not hex", good[..^2] + "zz" },
            { "public half of another key", good[..66] + NewSecretKey()[66..] },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public void A_malformed_key_fails_fast_without_showing_it(string _, string key)
    {
        var environment = Blocklet(key);

        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault }));
        var direct = Assert.Throws<ArgumentException>(() => PaymentAuthenticator.ComponentSignature(Did, key));

        Assert.Equal("BLOCKLET_APP_SK", error.ParamName);
        Assert.Equal("secretKey", direct.ParamName);
        foreach (var text in new[] { error.ToString(), direct.ToString() })
        {
            Assert.DoesNotContain(key[2..18], text);
            Assert.DoesNotContain(key[^16..], text);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("blocklet-abc def")]
    [InlineData("blocklet-abc\r\nX-Injected: 1")]
    public void A_malformed_access_key_fails_fast_without_showing_it(string key)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => PaymentAuthenticator.AccessKey(key));

        Assert.Equal("accessKey", error.ParamName);
        if (key.Length > 0) Assert.DoesNotContain(key, error.Message);
    }

    [Fact]
    public void Authenticators_never_show_their_keys()
    {
        Assert.Equal("ComponentSignatureAuthenticator", PaymentAuthenticator.ComponentSignature(Did, SignatureVectors.SecretKey).ToString());
        Assert.Equal("AccessKeyAuthenticator", PaymentAuthenticator.AccessKey("blocklet-secret").ToString());
    }

    /// <summary>A fresh 64-byte Ed25519 secret key (seed, then public key) as 0x hex.</summary>
    private static string NewSecretKey()
    {
        var seed = new byte[32];
        Random.Shared.NextBytes(seed);
        var key = new Ed25519PrivateKeyParameters(seed, 0);
        return "0x" + Convert.ToHexStringLower([.. seed, .. key.GeneratePublicKey().GetEncoded()]);
    }

    private sealed class HeaderAuthenticator : PaymentAuthenticator
    {
        public override ValueTask AuthenticateAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        {
            request.Headers.Add("x-custom-auth", "custom");
            return default;
        }
    }
}
