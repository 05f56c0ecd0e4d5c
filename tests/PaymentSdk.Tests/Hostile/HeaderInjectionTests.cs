using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Hostile;

/// <summary>
/// Every configured value that goes into a header is checked when the client is made: a line break (or anything
/// but visible ASCII) would end the header and start another on the wire. The error names the setting and never
/// shows a secret; no request is sent.
/// </summary>
public sealed class HeaderInjectionTests
{
    public static TheoryData<string> Injections => new()
    {
        "did:abt:z1\r\nX-Injected: 1",
        "did:abt:z1\nX-Injected: 1",
        "did:abt:z1\rX",
        "did:abt:z1 with a space",
        "did:abt:z1\tX",
        "did:abt:z1\0",
        "did:abt:zé",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public void A_component_did_that_could_split_a_header_is_refused_as_an_argument(string did)
    {
        var error = Assert.Throws<ArgumentException>(() => PaymentAuthenticator.ComponentSignature(did, SignatureVectors.SecretKey));

        Assert.Equal("componentDid", error.ParamName);
        Assert.Contains("visible ASCII", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SignatureVectors.SecretKey[2..20], error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public void A_component_did_from_the_environment_is_checked_the_same_way_and_named(string did)
    {
        var environment = new Dictionary<string, string?>
        {
            ["BLOCKLET_APP_SK"] = SignatureVectors.SecretKey,
            ["BLOCKLET_COMPONENT_DID"] = did,
        };

        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions
        {
            BaseUrl = new Uri("https://host/payment"),
            GetEnvironmentVariable = environment.GetValueOrDefault,
        }));

        Assert.Equal("BLOCKLET_COMPONENT_DID", error.ParamName);
        Assert.DoesNotContain(SignatureVectors.SecretKey[2..20], error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("blocklet-key\r\nX-Injected: 1")]
    [InlineData("blocklet-kéy")]
    public void An_access_key_that_could_split_a_header_is_refused_without_showing_it(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("https://host/payment"), AccessKey = key }));

        Assert.Equal("PaymentClientOptions.AccessKey", error.ParamName);
        Assert.DoesNotContain("blocklet-k", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_did_goes_on_the_wire_as_one_header()
    {
        using var server = new FaultServer(RawAnswers.Json(200, TestFiles.ResponseBody("invoice-with-discount.json")));
        using var payment = new PaymentClient(new PaymentClientOptions
        {
            BaseUrl = server.BaseUrl("m"),
            LiveMode = false,
            Authenticator = PaymentAuthenticator.ComponentSignature("did:abt:zNKjL4wTmxQPk5nN1y8ZvHvHaD5SfYbtYtBR", SignatureVectors.SecretKey),
        });

        await payment.Invoices.RetrieveAsync("in_1");

        var request = Assert.Single(server.AllRequests);
        Assert.Equal("did:abt:zNKjL4wTmxQPk5nN1y8ZvHvHaD5SfYbtYtBR", request.Header("x-component-did"));
        Assert.Null(request.Header("x-injected"));
    }
}
