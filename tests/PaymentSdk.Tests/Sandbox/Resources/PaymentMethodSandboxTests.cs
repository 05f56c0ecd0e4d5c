using System.Net;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox.Resources;

/// <summary>
/// Payment methods through the SDK against the sandbox, in each mode: the list (a bare array, each method with its
/// currencies), create with chain settings, retrieve, update.
/// </summary>
public sealed class PaymentMethodSandboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private static Task<PaymentSandbox> StartAsync() => PaymentSandbox.StartAsync(new PaymentSandboxOptions { TimeProvider = new FixedClock(Now) });

    private static string ModeName(bool live) => live ? "live" : "test";

    private static PaymentMethodCreateOptions Sepolia() => new()
    {
        Type = PaymentMethodType.Ethereum,
        Name = "Sepolia for tests",
        Description = "Ethereum testnet",
        Settings = new PaymentMethodSettings
        {
            Ethereum = new ChainPaymentMethodSettings
            {
                ChainId = "11155111",
                ApiHost = "https://sepolia.example/rpc",
                ExplorerHost = "https://sepolia.example/explorer",
                NativeSymbol = "ETH",
                Confirmation = 12,
            },
        },
        Metadata = new Dictionary<string, object?> { ["network"] = "sepolia" },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_list_is_every_method_of_the_mode_with_its_currencies(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var stored = sandbox.Data.GetPaymentMethods(live);
        var currencies = sandbox.Data.GetPaymentCurrencies(live);

        var listed = await payment.PaymentMethods.ListAsync();

        Assert.Equal(stored.Select(m => m.Id), listed.Select(m => m.Id));
        Assert.Equal(new[] { "arcblock", "ethereum" }, listed.Select(m => m.Type).Order(StringComparer.Ordinal));
        Assert.All(listed, m =>
        {
            Assert.Equal(("payment_method", live), (m.Object, m.Livemode));
            Assert.Equal(
                currencies.Where(c => c.PaymentMethodId == m.Id).Select(c => c.Id).Order(StringComparer.Ordinal),
                m.PaymentCurrencies!.Select(c => c.Id).Order(StringComparer.Ordinal));
            Assert.NotEmpty(m.PaymentCurrencies!);
            Assert.Contains(m.PaymentCurrencies!, c => c.Id == m.DefaultCurrencyId);
        });
        Assert.Equal(currencies.Count, listed.Sum(m => m.PaymentCurrencies!.Count));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_method_is_created_retrieved_and_renamed_in_its_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);

        var created = await payment.PaymentMethods.CreateAsync(Sepolia());

        Assert.StartsWith("pm_", created.Id, StringComparison.Ordinal);
        Assert.Equal(("ethereum", "Sepolia for tests", "Ethereum testnet", live, true), (created.Type, created.Name, created.Description, created.Livemode, created.Active));
        Assert.Equal("/methods/ethereum.png", created.Logo);
        Assert.Equal("block", created.Confirmation!.Type);
        Assert.Equal(("11155111", "https://sepolia.example/rpc", 12L), (created.Settings!.Ethereum!.ChainId, created.Settings.Ethereum.ApiHost, created.Settings.Ethereum.Confirmation));
        Assert.True(created.Features!.Recurring);
        Assert.Equal("sepolia", created.Metadata!["network"].GetString());
        Assert.Equal(Now, created.CreatedAt);

        var retrieved = await payment.PaymentMethods.RetrieveAsync(created.Id);
        Assert.Equal((created.Id, "payment_method", "Sepolia for tests"), (retrieved.Id, retrieved.Object, retrieved.Name));
        Assert.Equal("https://sepolia.example/explorer", retrieved.Settings!.Ethereum!.ExplorerHost);
        Assert.Empty(retrieved.PaymentCurrencies!);
        Assert.Contains(await payment.PaymentMethods.ListAsync(), m => m.Id == created.Id);
        var notFound = await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.PaymentMethods.RetrieveAsync(created.Id));
        Assert.Equal($"Payment method {created.Id} not found in {ModeName(!live)} mode", notFound.ServerMessage);
        Assert.DoesNotContain(await other.PaymentMethods.ListAsync(), m => m.Id == created.Id);

        var updated = await payment.PaymentMethods.UpdateAsync(created.Id, new PaymentMethodUpdateOptions { Name = "Sepolia renamed" });
        Assert.Equal((created.Id, "Sepolia renamed", "Ethereum testnet"), (updated.Id, updated.Name, updated.Description));
        Assert.Equal("https://sepolia.example/rpc", updated.Settings!.Ethereum!.ApiHost);
        Assert.Equal("Sepolia renamed", (await payment.PaymentMethods.RetrieveAsync(created.Id)).Name);
        Assert.Equal("Sepolia renamed", sandbox.Data.GetPaymentMethods(live).Single(m => m.Id == created.Id).Name);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.PaymentMethods.UpdateAsync(created.Id, new PaymentMethodUpdateOptions { Name = "x" }));

        // A currency made under it is listed with it.
        var currency = await payment.PaymentCurrencies.CreateAsync(new PaymentCurrencyCreateOptions { PaymentMethodId = created.Id, Name = "Sepolia Ether", Symbol = "ETH", Decimal = 18 });
        Assert.Equal(currency.Id, Assert.Single((await payment.PaymentMethods.RetrieveAsync(created.Id)).PaymentCurrencies!).Id);
        Assert.Equal(currency.Id, Assert.Single((await payment.PaymentMethods.ListAsync()).Single(m => m.Id == created.Id).PaymentCurrencies!).Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_method_without_settings_or_of_an_unknown_type_is_refused(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var count = sandbox.Data.GetPaymentMethods(live).Count;

        var noSettings = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions { Type = PaymentMethodType.Ethereum, Name = "No settings" }));
        var badType = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions { Type = "paypal", Name = "Unknown", Settings = new PaymentMethodSettings() }));

        Assert.Equal(HttpStatusCode.BadRequest, noSettings.StatusCode);
        Assert.Equal("\"settings\" is required", noSettings.ServerMessage);
        Assert.Equal("\"type\" must be one of [arcblock, ethereum, base, bitcoin, stripe]", badType.ServerMessage);
        Assert.Equal(count, sandbox.Data.GetPaymentMethods(live).Count);
    }

    [Fact]
    public async Task A_stripe_methods_secrets_are_kept_nowhere_an_answer_could_show_them()
    {
        const string secretKey = "sk_test_never_echoed_51Hx", signingSecret = "whsec_never_echoed_9f";
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, liveMode: false);
        var settings = new PaymentMethodSettings
        {
            Stripe = new StripePaymentMethodSettings { Dashboard = "https://dashboard.stripe.com", PublishableKey = "pk_test_1", SecretKey = secretKey, WebhookSigningSecret = signingSecret },
        };

        var created = await payment.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions { Type = "stripe", Name = "Cards", Description = "Stripe", Settings = settings });
        var updated = await payment.PaymentMethods.UpdateAsync(created.Id, new PaymentMethodUpdateOptions { Settings = settings });
        using var http = SandboxClients.RawHttp(sandbox);
        using var raw = await http.GetAsync("api/payment-methods?livemode=false");
        var list = await raw.Content.ReadAsStringAsync();

        Assert.Equal("pk_test_1", created.Settings!.Stripe!.PublishableKey);
        Assert.Contains(created.Id, list, StringComparison.Ordinal);
        foreach (var stripe in new[] { created.Settings.Stripe, updated.Settings!.Stripe!, (await payment.PaymentMethods.RetrieveAsync(created.Id)).Settings!.Stripe!, sandbox.Data.GetPaymentMethods(false).Single(m => m.Id == created.Id).Settings!.Stripe! })
            Assert.Equal((null, null), (stripe.SecretKey, stripe.WebhookSigningSecret));
        Assert.DoesNotContain(secretKey, list, StringComparison.Ordinal);
        Assert.DoesNotContain(signingSecret, list, StringComparison.Ordinal);
    }
}
