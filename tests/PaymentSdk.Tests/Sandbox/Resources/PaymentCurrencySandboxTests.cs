using System.Net;
using System.Numerics;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox.Resources;

/// <summary>
/// Payment currencies through the SDK against the sandbox, in each mode: the list (a bare array), create under a
/// payment method, retrieve, update, the recharge config, and whether currencies can be charged recurringly.
/// </summary>
public sealed class PaymentCurrencySandboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private static Task<PaymentSandbox> StartAsync() => PaymentSandbox.StartAsync(new PaymentSandboxOptions { TimeProvider = new FixedClock(Now) });

    private static string ModeName(bool live) => live ? "live" : "test";

    private static PaymentCurrencyCreateOptions NewCurrency(string methodId, string? contract = null) => new()
    {
        PaymentMethodId = methodId,
        Name = "Test Coin",
        Symbol = "TST",
        Description = "A coin for tests",
        Decimal = 8,
        Contract = contract ?? "0x" + Guid.NewGuid().ToString("N"),
        Metadata = new Dictionary<string, object?> { ["issuer"] = "tests", ["rank"] = 1 },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_list_is_every_currency_of_the_mode(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var stored = sandbox.Data.GetPaymentCurrencies(live);

        var listed = await payment.PaymentCurrencies.ListAsync();

        Assert.Equal(stored.Select(c => c.Id), listed.Select(c => c.Id));
        Assert.All(listed, c => Assert.Equal(live, c.Livemode));
        Assert.Equal(stored.Select(c => (c.Symbol, c.Decimal, c.PaymentMethodId)), listed.Select(c => (c.Symbol, c.Decimal, c.PaymentMethodId)));
        Assert.Single(listed, c => c.IsBaseCurrency);
        Assert.Empty(stored.Select(c => c.Id).Intersect(sandbox.Data.GetPaymentCurrencies(!live).Select(c => c.Id)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_currency_is_created_under_a_method_retrieved_listed_and_changed_in_its_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var method = sandbox.Data.GetPaymentMethods(live)[0];
        var count = sandbox.Data.GetPaymentCurrencies(live).Count;

        var created = await payment.PaymentCurrencies.CreateAsync(NewCurrency(method.Id));

        Assert.StartsWith("pc_", created.Id, StringComparison.Ordinal);
        Assert.Equal((method.Id, live, true, false), (created.PaymentMethodId, created.Livemode, created.Active, created.IsBaseCurrency));
        Assert.Equal(("Test Coin", "TST", "A coin for tests", 8, 6), (created.Name, created.Symbol, created.Description, created.Decimal, created.MaximumPrecision));
        Assert.Equal(("standard", method.Logo), (created.Type, created.Logo));
        Assert.Equal(BigInteger.Pow(10, 8 - 2), created.MinimumPaymentAmount.ToBigInteger());
        Assert.Equal(1_000_000_000 * BigInteger.Pow(10, 8), created.MaximumPaymentAmount.ToBigInteger());
        Assert.Equal(("tests", 1), (created.Metadata!["issuer"].GetString(), created.Metadata["rank"].GetInt32()));
        Assert.Equal(Now, created.CreatedAt);
        Assert.Equal(count + 1, sandbox.Data.GetPaymentCurrencies(live).Count);

        var retrieved = await payment.PaymentCurrencies.RetrieveAsync(created.Id);
        Assert.Equal((created.Id, created.Contract, "TST"), (retrieved.Id, retrieved.Contract, retrieved.Symbol));
        Assert.Contains(await payment.PaymentCurrencies.ListAsync(), c => c.Id == created.Id);
        Assert.Contains((await payment.PaymentMethods.RetrieveAsync(method.Id)).PaymentCurrencies!, c => c.Id == created.Id);
        var notFound = await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.PaymentCurrencies.RetrieveAsync(created.Id));
        Assert.Equal($"Payment currency {created.Id} not found in {ModeName(!live)} mode", notFound.ServerMessage);
        Assert.DoesNotContain(await other.PaymentCurrencies.ListAsync(), c => c.Id == created.Id);

        var updated = await payment.PaymentCurrencies.UpdateAsync(created.Id, new PaymentCurrencyUpdateOptions
        {
            Name = "Renamed Coin",
            Logo = "/currencies/renamed.png",
            Metadata = new Dictionary<string, object?> { ["rank"] = null, ["tier"] = "a" },
        });
        Assert.Equal((created.Id, "Renamed Coin", "/currencies/renamed.png", "A coin for tests", "TST"), (updated.Id, updated.Name, updated.Logo, updated.Description, updated.Symbol));
        Assert.Equal(new[] { "issuer", "tier" }, updated.Metadata!.Keys.Order(StringComparer.Ordinal));
        var after = await payment.PaymentCurrencies.RetrieveAsync(created.Id);
        Assert.Equal(("Renamed Coin", "/currencies/renamed.png"), (after.Name, after.Logo));
        Assert.Equal("Renamed Coin", sandbox.Data.GetPaymentCurrencies(live).Single(c => c.Id == created.Id).Name);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.PaymentCurrencies.UpdateAsync(created.Id, new PaymentCurrencyUpdateOptions { Name = "x" }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_currency_needs_a_method_of_its_mode_and_a_contract_the_method_does_not_have(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var method = sandbox.Data.GetPaymentMethods(live)[0];
        var otherMethod = sandbox.Data.GetPaymentMethods(!live)[0];
        var contract = "0x" + Guid.NewGuid().ToString("N");
        await payment.PaymentCurrencies.CreateAsync(NewCurrency(method.Id, contract));
        var count = sandbox.Data.GetPaymentCurrencies(live).Count;

        var duplicate = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.PaymentCurrencies.CreateAsync(NewCurrency(method.Id, contract)));
        var noMethod = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.PaymentCurrencies.CreateAsync(NewCurrency(otherMethod.Id)));

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal($"Payment method {method.Id} already has a currency with contract {contract}", duplicate.ServerMessage);
        Assert.Equal($"Payment method {otherMethod.Id} not found in {ModeName(live)} mode", noMethod.ServerMessage);
        Assert.Equal(count, sandbox.Data.GetPaymentCurrencies(live).Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_recharge_config_is_stored_with_a_price_of_the_mode_and_read_back(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var currency = sandbox.Data.GetPaymentCurrencies(live).Single(c => c.Type == "credit");
        var price = sandbox.Data.GetPrices(live)[0];
        var otherPrice = sandbox.Data.GetPrices(!live)[0];

        var updated = await payment.PaymentCurrencies.UpdateRechargeConfigAsync(currency.Id, new PaymentCurrencyRechargeConfigOptions
        {
            BasePriceId = price.Id,
            PaymentLinkId = "plink_recharge",
            CheckoutUrl = "https://shop.example/recharge",
            Settings = new RechargeLimits { MinRechargeAmount = 1.5m, MaxRechargeAmount = 100m },
        });
        var read = await payment.PaymentCurrencies.GetRechargeConfigAsync(currency.Id);

        foreach (var answer in new[] { updated, read })
        {
            Assert.Equal(currency.Id, answer.Id);
            Assert.Equal((price.Id, "plink_recharge", "https://shop.example/recharge"), (answer.RechargeConfig!.BasePriceId, answer.RechargeConfig.PaymentLinkId, answer.RechargeConfig.CheckoutUrl));
            Assert.Equal((1.5m, 100m), (answer.RechargeConfig.Settings!.MinRechargeAmount, answer.RechargeConfig.Settings.MaxRechargeAmount));
        }
        Assert.Equal(price.Id, sandbox.Data.GetPaymentCurrencies(live).Single(c => c.Id == currency.Id).RechargeConfig!.BasePriceId);
        Assert.Equal(price.Id, (await payment.PaymentCurrencies.RetrieveAsync(currency.Id)).RechargeConfig!.BasePriceId);

        var wrongMode = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.PaymentCurrencies.UpdateRechargeConfigAsync(currency.Id, new PaymentCurrencyRechargeConfigOptions { BasePriceId = otherPrice.Id }));
        Assert.Equal($"Price {otherPrice.Id} not found in {ModeName(live)} mode", wrongMode.ServerMessage);
        Assert.Equal(price.Id, (await payment.PaymentCurrencies.GetRechargeConfigAsync(currency.Id)).RechargeConfig!.BasePriceId);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.PaymentCurrencies.GetRechargeConfigAsync(currency.Id));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() =>
            other.PaymentCurrencies.UpdateRechargeConfigAsync(currency.Id, new PaymentCurrencyRechargeConfigOptions { BasePriceId = otherPrice.Id }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_seeded_currencies_support_recurring_payments(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var ids = sandbox.Data.GetPaymentCurrencies(live).Select(c => c.Id).ToList();

        var result = await payment.PaymentCurrencies.CheckRecurringSupportAsync(new PaymentCurrencyCheckRecurringSupportOptions { CurrencyIds = ids });

        Assert.True(result.Supported);
        Assert.Empty(result.UnsupportedCurrencies);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_currency_of_a_bitcoin_method_or_of_no_method_does_not_support_recurring_payments(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var seeded = sandbox.Data.GetPaymentCurrencies(live)[0];
        var bitcoin = await payment.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions
        {
            Type = PaymentMethodType.Bitcoin,
            Name = "Bitcoin",
            Settings = new PaymentMethodSettings { Bitcoin = new BitcoinPaymentMethodSettings { ChainId = 1, ApiHost = "https://btc.example/api" } },
        });
        var btc = await payment.PaymentCurrencies.CreateAsync(new PaymentCurrencyCreateOptions { PaymentMethodId = bitcoin.Id, Name = "Bitcoin", Symbol = "BTC", Decimal = 8 });
        var otherModeCurrency = sandbox.Data.GetPaymentCurrencies(!live)[0];

        var result = await payment.PaymentCurrencies.CheckRecurringSupportAsync(new PaymentCurrencyCheckRecurringSupportOptions
        {
            CurrencyIds = [seeded.Id, btc.Id, otherModeCurrency.Id],
        });
        var btcOnly = await payment.PaymentCurrencies.CheckRecurringSupportAsync(new PaymentCurrencyCheckRecurringSupportOptions { CurrencyIds = [btc.Id] });

        Assert.False(bitcoin.Features!.Recurring);
        Assert.False(result.Supported);
        Assert.Equal(
            new[] { (btc.Id, "Bitcoin", "BTC"), (otherModeCurrency.Id, "", "") },
            result.UnsupportedCurrencies.Select(c => (c.Id, c.Name, c.Symbol)));
        Assert.False(btcOnly.Supported);
        Assert.Equal(btc.Id, Assert.Single(btcOnly.UnsupportedCurrencies).Id);
    }
}
