using System.Net;
using System.Text;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Webhooks;

/// <summary>
/// Deliveries signed by <c>@blocklet/sdk</c> itself, each accepted or refused as its <c>verifySig</c> answers;
/// then what the vectors lack: clocks, lifetimes, headers and bodies no genuine delivery has.
/// </summary>
public class PaymentWebhookVerifierTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_767_225_600);
    private static readonly string InvoiceJson = """{"id":"in_1","object":"invoice","livemode":false,"status":"void","total":"12250000","lines":[]}""";

    private static PaymentWebhookVerifier Verifier(DateTimeOffset now, string? publicKey = null) =>
        new(new PaymentWebhookVerifierOptions { AppPublicKey = publicKey ?? WebhookSigning.PublicKeyHex, TimeProvider = new FixedClock(now) });

    [Theory]
    [MemberData(nameof(WebhookDeliveryVectors.Names), MemberType = typeof(WebhookDeliveryVectors))]
    public void Every_delivery_signed_by_the_blocklet_sdk_is_answered_as_verifySig_answers(string name)
    {
        var delivery = WebhookDeliveryVectors.Named(name);
        var verifier = Verifier(delivery.Now, WebhookDeliveryVectors.PublicKey);

        if (delivery.Expect == 200)
        {
            var evt = verifier.ConstructEvent(delivery.Method, delivery.Target, delivery.Headers, delivery.Body);
            Assert.Equal((delivery.EventType, delivery.EventId), (evt.Type, evt.Id));
        }
        else
        {
            var error = Assert.Throws<PaymentWebhookException>(() => verifier.ConstructEvent(delivery.Method, delivery.Target, delivery.Headers, delivery.Body));
            Assert.Equal(delivery.Expect, (int)error.StatusCode);
        }
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void A_signature_issued_more_than_a_minute_ahead_is_refused(int secondsAhead, bool accepted)
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoiceVoided, InvoiceJson);
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds() + secondsAhead);

        var construct = () => Verifier(Now).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body));

        if (accepted) Assert.Equal(PaymentEventTypes.InvoiceVoided, construct().Type);
        else Assert.Equal(HttpStatusCode.Unauthorized, Assert.Throws<PaymentWebhookException>(construct).StatusCode);
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(86_400, false)]
    public void A_signature_valid_for_longer_than_a_signer_makes_it_is_refused(int lifetime, bool accepted)
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, InvoiceJson);
        var iat = Now.ToUnixTimeSeconds() - 10;
        var headers = WebhookSigning.Headers("POST", "/hooks", body, iat, iat + lifetime);

        var construct = () => Verifier(Now).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body));

        if (accepted) Assert.Equal("evt_1", construct().Id);
        else Assert.Contains("longer than a signer makes it", Assert.Throws<PaymentWebhookException>(construct).Reason);
    }

    public static TheoryData<string, string?, int> MalformedHeaders => new()
    {
        { "x-component-sig", null, 400 },
        { "x-component-sig", "", 400 },
        { "x-component-sig", "0x1234", 401 },
        { "x-component-sig", "not hex at all", 401 },
        { "x-component-sig-iat", null, 401 },
        { "x-component-sig-iat", "1.7e9", 401 },
        { "x-component-sig-iat", "", 401 },
        { "x-component-sig-exp", "soon", 401 },
        { "x-component-sig-exp", null, 401 },
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public void Malformed_or_missing_signature_headers_are_refused(string header, string? value, int status)
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, InvoiceJson);
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds()).Where(h => h.Key != header).ToList();
        if (value is not null) headers.Add(KeyValuePair.Create(header, value));

        var error = Assert.Throws<PaymentWebhookException>(() => Verifier(Now).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(status, (int)error.StatusCode);
    }

    [Theory]
    [InlineData("x-component-sig")]
    [InlineData("x-component-sig-iat")]
    [InlineData("x-component-sig-exp")]
    public void A_repeated_signature_header_is_refused_as_node_joins_it(string header)
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, InvoiceJson);
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds());
        headers.Add(headers.First(h => h.Key == header));

        var error = Assert.Throws<PaymentWebhookException>(() => Verifier(Now).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public void Header_names_are_read_in_any_case()
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, InvoiceJson);
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds()).Select(h => KeyValuePair.Create(h.Key.ToUpperInvariant(), h.Value));

        Assert.Equal("evt_1", Verifier(Now).ConstructEvent("post", "/hooks", headers, Encoding.UTF8.GetBytes(body)).Id);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("""{"id":"evt_1","type":null}""")]
    public void A_signed_body_that_is_no_event_is_a_bad_request(string body)
    {
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds());

        var error = Assert.Throws<PaymentWebhookException>(() => Verifier(Now).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public void A_refusal_shows_neither_signature_nor_body_nor_key()
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, """{"id":"in_secret_customer_42","object":"invoice"}""");
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds());
        var signature = headers.Single(h => h.Key == "x-component-sig").Value;

        var error = Assert.Throws<PaymentWebhookException>(() => Verifier(Now).ConstructEvent("POST", "/other", headers, Encoding.UTF8.GetBytes(body)));

        foreach (var text in new[] { error.ToString(), error.Message, error.Reason, Verifier(Now).ToString() })
        {
            Assert.DoesNotContain(signature[2..18], text);
            Assert.DoesNotContain("in_secret_customer_42", text);
            Assert.DoesNotContain(WebhookSigning.SecretKey[2..18], text);
        }
    }

    [Fact]
    public void Behind_a_mount_point_the_prefix_is_joined_before_the_path_only_when_given()
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, InvoiceJson);
        var headers = WebhookSigning.Headers("POST", "/payment/callback?x=1", body, Now.ToUnixTimeSeconds());
        var prefixed = headers.Append(KeyValuePair.Create("x-path-prefix", "/payment/")).ToList();

        Assert.Equal("evt_1", Verifier(Now).ConstructEvent("POST", "/callback?x=1", prefixed, Encoding.UTF8.GetBytes(body)).Id);
        Assert.Throws<PaymentWebhookException>(() => Verifier(Now).ConstructEvent("POST", "/callback?x=1", headers, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void The_key_comes_from_the_environment_as_verifySig_takes_it()
    {
        var body = WebhookSigning.Event(PaymentEventTypes.InvoicePaid, InvoiceJson);
        var headers = WebhookSigning.Headers("POST", "/hooks", body, Now.ToUnixTimeSeconds());
        PaymentWebhookVerifier FromEnvironment(Dictionary<string, string> variables) =>
            new(new PaymentWebhookVerifierOptions { TimeProvider = new FixedClock(Now), GetEnvironmentVariable = variables.GetValueOrDefault });
        var otherSecret = "0x" + new string('7', 64) + Convert.ToHexString(new Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters(Convert.FromHexString(new string('7', 64)), 0).GeneratePublicKey().GetEncoded()).ToLowerInvariant();

        Assert.Equal("evt_1", FromEnvironment(new() { ["BLOCKLET_APP_SK"] = WebhookSigning.SecretKey }).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)).Id);
        Assert.Equal("evt_1", FromEnvironment(new() { ["BLOCKLET_APP_ASK"] = WebhookSigning.SecretKey, ["BLOCKLET_APP_SK"] = otherSecret }).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)).Id);
        Assert.Equal("evt_1", FromEnvironment(new() { ["BLOCKLET_APP_PK"] = WebhookSigning.PublicKeyHex }).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)).Id);
        Assert.Throws<PaymentWebhookException>(() => FromEnvironment(new() { ["BLOCKLET_APP_SK"] = otherSecret }).ConstructEvent("POST", "/hooks", headers, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Without_a_key_or_with_a_malformed_one_the_constructor_says_which_without_showing_it()
    {
        var none = Assert.Throws<ArgumentException>(() => new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { GetEnvironmentVariable = _ => null }));
        var badPublic = Assert.Throws<ArgumentException>(() => new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = "0x1234abcd" }));
        var badSecret = Assert.Throws<ArgumentException>(() => new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions
        {
            GetEnvironmentVariable = name => name == "BLOCKLET_APP_SK" ? WebhookSigning.SecretKey[..^2] + "00" : null,
        }));

        Assert.Contains("AppPublicKey", none.Message);
        Assert.Equal("PaymentWebhookVerifierOptions.AppPublicKey", badPublic.ParamName);
        Assert.Equal("BLOCKLET_APP_SK", badSecret.ParamName);
        Assert.DoesNotContain(WebhookSigning.SecretKey[2..18], badSecret.ToString());
    }
}
