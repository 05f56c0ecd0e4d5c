using System.Net;
using Org.BouncyCastle.Crypto.Parameters;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>
/// The sandbox checking callers as a Blocklet service does: component signatures made by the SDK
/// (with the Blocklet SDK's test key) verified end to end, access keys, and the refusals.
/// </summary>
public sealed class SandboxAuthenticationTests
{
    private const string ComponentDid = "zNKjL4wTmxQPk5nNV3k2mEqzS6R7xTm8vC1p";

    private static string PublicKeyHex => "0x" + Convert.ToHexString(SignatureVectors.PublicKey).ToLowerInvariant();

    /// <summary>Another Ed25519 key (seed, then public key), which the sandbox does not know.</summary>
    private static string OtherSecretKey()
    {
        var seed = Enumerable.Repeat((byte)7, 32).ToArray();
        var publicKey = new Ed25519PrivateKeyParameters(seed, 0).GeneratePublicKey().GetEncoded();
        return "0x" + Convert.ToHexString([.. seed, .. publicKey]).ToLowerInvariant();
    }

    private static Task<PaymentSandbox> StartSigningSandboxAsync(string mountPoint = "/", TimeProvider? clock = null) =>
        PaymentSandbox.StartAsync(new PaymentSandboxOptions
        {
            ComponentPublicKey = PublicKeyHex,
            MountPoint = mountPoint,
            TimeProvider = clock ?? TimeProvider.System,
        });

    private static PaymentClient Client(PaymentSandbox sandbox, PaymentAuthenticator? authenticator = null, string? accessKey = null, HttpMessageHandler? handler = null)
    {
        var options = SandboxClients.Options(sandbox);
        options.Authenticator = authenticator;
        options.AccessKey = accessKey;
        return handler is null ? new PaymentClient(options) : new PaymentClient(options, handler);
    }

    private static PaymentClient SigningClient(PaymentSandbox sandbox, string? secretKey = null, HttpMessageHandler? handler = null) =>
        Client(sandbox, PaymentAuthenticator.ComponentSignature(ComponentDid, secretKey ?? SignatureVectors.SecretKey), handler: handler);

    /// <summary>Calls all seven methods, each on an invoice it succeeds on, and checks the answers.</summary>
    private static async Task CallEveryMethodAsync(PaymentSandbox sandbox, IInvoiceService invoices)
    {
        var seed = sandbox.Data.GetInvoices(false);
        var returned = sandbox.Data.GetReturnedStakes(false);
        var open = seed.First(i => i.Status == "open" && Expected.Shown(i));
        var stake = seed.First(i => Expected.IsStake(i) && i.Status == "paid" && !returned.Contains(i.Id));

        Assert.Equal(open.Id, (await invoices.RetrieveAsync(open.Id)).Id);

        var list = await invoices.ListAsync(new InvoiceListOptions { Status = "open", CustomerId = open.CustomerId, Metadata = new Dictionary<string, string>(), PageSize = 50 });
        Assert.Contains(open.Id, list.List.Select(i => i.Id));

        var search = await invoices.SearchAsync(new InvoiceSearchOptions { Query = "node stake ×", PageSize = 5 });
        Assert.Equal(seed.Count(i => Expected.SearchMatches(i, "node stake ×")), search.Count);

        var updated = await invoices.UpdateAsync(open.Id, new InvoiceUpdateOptions
        {
            Metadata = new Dictionary<string, object?> { ["signed"] = "yes, with ünïcödé", ["nested"] = new Dictionary<string, object?> { ["b"] = 2, ["a"] = 1 } },
        });
        Assert.Equal("yes, with ünïcödé", Expected.MetadataString(updated, "signed"));

        var voided = await invoices.VoidAsync(open.Id);
        Assert.Equal(InvoiceStatus.Void, voided.Status);

        var info = await invoices.GetReturnStakeAsync(stake.Id);
        Assert.Equal(stake.Total, info.ReturnAmount);

        var result = await invoices.ReturnStakeAsync(stake.Id);
        Assert.True(result.Success);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/payment")]
    public async Task Every_method_signed_with_the_app_key_is_let_in(string mountPoint)
    {
        await using var sandbox = await StartSigningSandboxAsync(mountPoint);
        using var payment = SigningClient(sandbox);
        Assert.EndsWith(mountPoint, sandbox.BaseUrl.AbsolutePath, StringComparison.Ordinal);

        await CallEveryMethodAsync(sandbox, payment.Invoices);
    }

    [Fact]
    public async Task A_signed_request_for_an_id_that_needs_escaping_verifies_and_is_404()
    {
        await using var sandbox = await StartSigningSandboxAsync("/payment");
        using var payment = SigningClient(sandbox);

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Invoices.RetrieveAsync("in nope/ü?x"));

        Assert.StartsWith("Invoice in nope", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_requests_with_reserved_characters_in_query_and_body_verify()
    {
        await using var sandbox = await StartSigningSandboxAsync("/payment");
        using var payment = SigningClient(sandbox);
        var invoice = sandbox.Data.GetInvoices(false).First(i => Expected.Shown(i));
        const string value = "a+b&c=d %2F é/?#";

        await payment.Invoices.UpdateAsync(invoice.Id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["ref"] = value } });
        var ids = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["ref"] = value }, PageSize = 10 });
        var search = await payment.Invoices.SearchAsync(new InvoiceSearchOptions { Query = value });

        Assert.Equal(new[] { invoice.Id }, ids);
        Assert.Equal(0, search.Count);
    }

    [Fact]
    public async Task Signed_auto_paging_walks_every_page()
    {
        await using var sandbox = await StartSigningSandboxAsync("/payment");
        using var payment = SigningClient(sandbox);

        var ids = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 50 });

        Assert.Equal(sandbox.Data.GetInvoices(false).Ids(), ids);
    }

    [Fact]
    public async Task A_signature_by_another_key_is_401_verify_sig_failed_and_changes_nothing()
    {
        await using var sandbox = await StartSigningSandboxAsync();
        using var payment = SigningClient(sandbox, OtherSecretKey());
        var open = sandbox.Data.GetInvoices(false).First(i => i.Status == "open");

        var list = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.ListAsync());
        var update = await Assert.ThrowsAsync<PaymentAuthenticationException>(() =>
            payment.Invoices.UpdateAsync(open.Id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["x"] = "y" } }));
        var @void = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.VoidAsync(open.Id));

        foreach (var error in new[] { list, update, @void })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
            Assert.Equal("verify sig failed", error.ServerMessage);
        }
        var after = sandbox.Data.GetInvoices(false).Single(i => i.Id == open.Id);
        Assert.Equal("open", after.Status);
        Assert.False(after.Metadata?.ContainsKey("x") ?? false);
    }

    [Fact]
    public async Task A_request_changed_after_signing_is_401_verify_sig_failed()
    {
        await using var sandbox = await StartSigningSandboxAsync("/payment");
        using var tamper = new RewritingHandler(uri => new Uri(uri.ToString().Replace("pageSize=5", "pageSize=6", StringComparison.Ordinal)));
        using var payment = SigningClient(sandbox, handler: tamper);

        var error = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.ListAsync(new InvoiceListOptions { PageSize = 5 }));

        Assert.Equal("verify sig failed", error.ServerMessage);
        Assert.Equal(1, tamper.Rewritten);
        // The same handler, when it changes nothing, lets the signature through.
        var page = await payment.Invoices.ListAsync(new InvoiceListOptions { PageSize = 4 });
        Assert.Equal(4, page.List.Count);
    }

    [Fact]
    public async Task No_credentials_is_401_not_authorized()
    {
        await using var sandbox = await StartSigningSandboxAsync();
        using var payment = Client(sandbox);

        var error = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.RetrieveAsync(sandbox.Data.GetInvoices(false)[0].Id));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("not authorized", error.ServerMessage);
        Assert.Equal("forbidden", error.ErrorCode);
    }

    [Fact]
    public async Task An_expired_signature_is_401_verify_sig_failed()
    {
        // The SDK signs with the system clock and a lifetime of 300 s: an hour later, the signature has expired.
        await using var sandbox = await StartSigningSandboxAsync(clock: new FixedClock(DateTimeOffset.UtcNow.AddHours(1)));
        using var payment = SigningClient(sandbox);

        var error = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.ListAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("verify sig failed", error.ServerMessage);
    }

    [Fact]
    public async Task A_signature_a_minute_old_is_still_let_in()
    {
        await using var sandbox = await StartSigningSandboxAsync(clock: new FixedClock(DateTimeOffset.UtcNow.AddMinutes(1)));
        using var payment = SigningClient(sandbox);

        var page = await payment.Invoices.ListAsync();

        Assert.Equal(20, page.List.Count);
    }

    [Fact]
    public async Task Incomplete_signature_headers_are_400()
    {
        await using var sandbox = await StartSigningSandboxAsync();
        using var http = SandboxClients.RawHttp(sandbox);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/invoices?livemode=false");
        request.Headers.TryAddWithoutValidation("x-component-sig", "0x00");
        request.Headers.TryAddWithoutValidation("x-component-did", ComponentDid);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("missing signature headers", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_access_key_is_let_in()
    {
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AccessKeys = { "blocklet-test" }, MountPoint = "/payment" });
        using var payment = Client(sandbox, accessKey: "blocklet-test");

        await CallEveryMethodAsync(sandbox, payment.Invoices);
    }

    [Fact]
    public async Task The_access_key_authenticator_is_let_in()
    {
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AccessKeys = { "blocklet-test" } });
        using var payment = Client(sandbox, authenticator: PaymentAuthenticator.AccessKey("blocklet-test"));

        var page = await payment.Invoices.ListAsync(new InvoiceListOptions { PageSize = 3 });

        Assert.Equal(3, page.List.Count);
    }

    [Theory]
    [InlineData("blocklet-wrong")]
    [InlineData("blocklet-test2")]
    [InlineData("blocklet-tes")]
    public async Task A_wrong_access_key_is_401(string key)
    {
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AccessKeys = { "blocklet-test" } });
        using var payment = Client(sandbox, accessKey: key);

        var error = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.ListAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("not authorized", error.ServerMessage);
        Assert.Equal("forbidden", error.ErrorCode);
    }

    [Fact]
    public async Task No_access_key_is_401_when_keys_are_required()
    {
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AccessKeys = { "blocklet-test" } });
        using var payment = Client(sandbox);

        var error = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => payment.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "plan" }));

        Assert.Equal("not authorized", error.ServerMessage);
    }

    /// <summary>Sends through a socket handler, after rewriting the URL of the first request.</summary>
    private sealed class RewritingHandler(Func<Uri, Uri> rewrite) : DelegatingHandler(new SocketsHttpHandler())
    {
        public int Rewritten { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var changed = rewrite(request.RequestUri!);
            if (changed != request.RequestUri)
            {
                request.RequestUri = changed;
                Rewritten++;
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
