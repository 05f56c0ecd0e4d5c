using PaymentSdk.Internal;
using PaymentSdk.Tests.Infrastructure;
using WireMock.RequestBuilders;

namespace PaymentSdk.Tests.Auth;

/// <summary>Signatures and keys as the stub server received them.</summary>
public class AuthenticationTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    private const string ComponentDid = "zNKjL4wTmxQPk5nNV3k2mEqzS6R7xTm8vC1p";
    private const string AccessKey = "blocklet-test-access-key-1234567890";
    private static readonly string[] ComponentHeaders = ["x-component-did", "x-component-sig", "x-component-sig-iat", "x-component-sig-exp", "x-component-sig-version"];

    private PaymentClient SigningClient(string mount, Action<PaymentRetryOptions>? retry = null)
    {
        var options = NewOptions(mount, retry: retry);
        options.Authenticator = PaymentAuthenticator.ComponentSignature(ComponentDid, SignatureVectors.SecretKey);
        return new PaymentClient(options);
    }

    [Theory]
    [MemberData(nameof(ApiOperations.Names), MemberType = typeof(ApiOperations))]
    public async Task Every_method_is_signed_and_the_signature_verifies_from_the_wire(string operation)
    {
        var mount = NewMount();
        using var payment = SigningClient(mount);

        await ApiOperations.Named(operation).Call(payment);

        var request = WireMock.SingleRequest(mount);
        Assert.All(ComponentHeaders, h => Assert.False(string.IsNullOrEmpty(request.Header(h)), h + " is missing"));
        Assert.Equal(ComponentDid, request.Header("x-component-did"));
        Assert.Equal("1", request.Header("x-component-sig-version"));
        Assert.Equal(long.Parse(request.Header("x-component-sig-iat")!) + 300, long.Parse(request.Header("x-component-sig-exp")!));
        Assert.InRange(long.Parse(request.Header("x-component-sig-iat")!), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.Null(request.Header("Authorization"));
        Assert.True(SignatureCheck.Verifies(request, SignatureVectors.PublicKey), $"The signature of {request.Method} {request.Url} does not verify.");
    }

    [Fact]
    public async Task Changing_one_byte_of_the_query_or_body_breaks_the_signature()
    {
        var mount = NewMount();
        using var payment = SigningClient(mount);
        await payment.Invoices.UpdateAsync("inv_1", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_1" } });
        var request = WireMock.SingleRequest(mount);
        Assert.True(SignatureCheck.Verifies(request, SignatureVectors.PublicKey));

        Assert.False(SignatureCheck.Verifies(request with { Url = request.Url.Replace("livemode=false", "livemode=falsf") }, SignatureVectors.PublicKey));
        Assert.False(SignatureCheck.Verifies(request with { Body = request.Body.Replace("o_1", "o_2") }, SignatureVectors.PublicKey));
        Assert.False(SignatureCheck.Verifies(request with { Url = request.Url.Replace("inv_1", "inv_2") }, SignatureVectors.PublicKey));
    }

    [Fact]
    public async Task The_mount_point_is_part_of_the_signed_path()
    {
        var mount = NewMount();
        using var payment = SigningClient(mount);

        await payment.Invoices.VoidAsync("inv/1 x");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal($"/{mount}/api/invoices/inv%2F1%20x/void", request.Path);
        Assert.True(SignatureCheck.Verifies(request, SignatureVectors.PublicKey));
        Assert.False(SignatureCheck.Verifies(request with { Url = request.Url.Replace("/" + mount, "") }, SignatureVectors.PublicKey));
    }

    [Fact]
    public async Task A_retried_request_carries_a_fresh_signature()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(429, retryAfter: "1"), Stubs.Ok("invoice-page.json"));
        using var payment = SigningClient(mount);

        await payment.Invoices.ListAsync();

        var requests = WireMock.Requests(mount);
        Assert.Equal(2, requests.Count);
        Assert.True(long.Parse(requests[1].Header("x-component-sig-iat")!) > long.Parse(requests[0].Header("x-component-sig-iat")!));
        Assert.NotEqual(requests[0].Header("x-component-sig"), requests[1].Header("x-component-sig"));
        Assert.All(requests, r => Assert.True(SignatureCheck.Verifies(r, SignatureVectors.PublicKey)));
    }

    [Theory]
    [MemberData(nameof(ApiOperations.Names), MemberType = typeof(ApiOperations))]
    public async Task An_access_key_goes_as_a_bearer_token_on_every_method(string operation)
    {
        var mount = NewMount();
        var options = NewOptions(mount);
        options.AccessKey = AccessKey;
        using var payment = new PaymentClient(options);

        await ApiOperations.Named(operation).Call(payment);

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("Bearer " + AccessKey, request.Header("Authorization"));
        Assert.All(ComponentHeaders, h => Assert.Null(request.Header(h)));
    }

    [Fact]
    public async Task Inside_a_blocklet_the_client_needs_no_configuration()
    {
        var id = "inv_zero_" + Guid.NewGuid().ToString("N")[..8];
        WireMock.Stub(Request.Create().UsingGet().WithPath("/api/invoices/" + id), Stubs.Ok("invoice-with-discount.json"));
        var environment = new Dictionary<string, string>
        {
            ["BLOCKLET_MOUNT_POINTS"] = $$"""[{"did":"z8iZother","name":"other","mountPoint":"/","port":1},{"did":"{{PaymentEnvironment.PaymentKitDid}}","name":"payment-kit","mountPoint":"/payment","port":{{WireMock.Root.Port}},"status":6}]""",
            ["BLOCKLET_APP_SK"] = SignatureVectors.SecretKey,
            ["BLOCKLET_COMPONENT_DID"] = ComponentDid,
            ["PAYMENT_TEST_MODE"] = "true",
        };
        var options = new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault };
        options.LiveMode = PaymentEnvironment.ReadLiveMode(options.GetEnvironmentVariable);
        using var payment = new PaymentClient(options);

        await payment.Invoices.RetrieveAsync(id);

        var request = Assert.Single(WireMock.RequestsMatching($"/api/invoices/{id}.*"));
        Assert.Equal($"/api/invoices/{id}?livemode=false", request.Url);
        Assert.Equal(ComponentDid, request.Header("x-component-did"));
        Assert.True(SignatureCheck.Verifies(request, SignatureVectors.PublicKey));
    }

    [Fact]
    public async Task A_refused_call_shows_neither_key_nor_signature()
    {
        var mount = NewMount();
        var options = NewOptions(mount);
        options.Authenticator = PaymentAuthenticator.ComponentSignature(ComponentDid, SignatureVectors.SecretKey);
        using var signing = new PaymentClient(options);
        var keyed = NewOptions(mount);
        keyed.AccessKey = AccessKey;
        using var withKey = new PaymentClient(keyed);

        var signed = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => signing.Invoices.RetrieveAsync("inv_err_401"));
        var bearer = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => withKey.Invoices.RetrieveAsync("inv_err_401"));

        var signature = WireMock.Requests(mount).First(r => r.Header("x-component-sig") is not null).Header("x-component-sig")!;
        foreach (var text in new[] { signed.ToString(), bearer.ToString(), options.ToString()!, options.Authenticator.ToString()!, keyed.ToString()! })
        {
            Assert.DoesNotContain(signature[2..18], text);
            Assert.DoesNotContain(SignatureVectors.SecretKey[2..18], text);
            Assert.DoesNotContain(AccessKey, text);
        }
    }

    [Fact]
    public async Task A_redirect_is_not_followed_with_credentials_attached()
    {
        var mount = NewMount();
        var options = NewOptions(mount);
        options.AccessKey = AccessKey;
        using var payment = new PaymentClient(options);

        var error = await Assert.ThrowsAsync<PaymentApiException>(() => payment.Invoices.RetrieveAsync("inv_redirect"));

        Assert.Equal(System.Net.HttpStatusCode.Found, error.StatusCode); // following it would have failed to reach elsewhere.example
        Assert.Single(WireMock.Requests(mount));
    }
}
