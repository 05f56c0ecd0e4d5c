using System.Net;
using System.Numerics;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox.Resources;

/// <summary>
/// Prices through the SDK against the sandbox, in each mode: amounts taken in token units and answered in the
/// currency's smallest unit, lookup keys (unique per mode), archive, inventory, and delete (refused when billed).
/// </summary>
public sealed class PriceSandboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private static Task<PaymentSandbox> StartAsync() => PaymentSandbox.StartAsync(new PaymentSandboxOptions
    {
        TimeProvider = new FixedClock(Now),
        WebhookRetryDelay = TimeSpan.FromMilliseconds(10),
        WebhookAttempts = 1,
    });

    private static string ModeName(bool live) => live ? "live" : "test";

    private static string LookupKey() => "lk_" + Guid.NewGuid().ToString("N")[..16];

    private static PaymentCurrency BaseCurrency(PaymentSandbox sandbox, bool live) =>
        sandbox.Data.GetPaymentCurrencies(live).Single(c => c.IsBaseCurrency);

    private static Task<ProductExpanded> NewProductAsync(PaymentClient payment) =>
        payment.Products.CreateAsync(new ProductCreateOptions { Name = "Priced " + Guid.NewGuid().ToString("N")[..10] });

    /// <summary>A seeded price that an invoice of the mode bills.</summary>
    private static PriceExpanded BilledSeededPrice(PaymentSandbox sandbox, bool live)
    {
        var billed = sandbox.Data.GetInvoices(live).SelectMany(i => i.Lines).Select(l => l.PriceId).ToHashSet(StringComparer.Ordinal);
        return sandbox.Data.GetPrices(live).First(p => billed.Contains(p.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_price_without_a_currency_is_in_the_base_currency_and_its_amount_in_the_smallest_unit(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var currency = BaseCurrency(sandbox, live);
        var product = await NewProductAsync(payment);
        var key = LookupKey();

        var created = await payment.Prices.CreateAsync(new PriceCreateOptions
        {
            ProductId = product.Id,
            UnitAmount = "9.99",
            LookupKey = key,
            Nickname = "standard",
            QuantityAvailable = 5,
            Metadata = new Dictionary<string, object?> { ["plan"] = "std" },
        });

        var expected = (999 * BigInteger.Pow(10, currency.Decimal - 2)).ToString();
        Assert.StartsWith("price_", created.Id, StringComparison.Ordinal);
        Assert.Equal("price", created.Object);
        Assert.Equal(currency.Id, created.CurrencyId);
        Assert.Equal(currency.Id, created.Currency!.Id);
        Assert.Equal(expected, created.UnitAmount.Value);
        Assert.Equal("9.99", created.UnitAmount.ToDecimalString(currency.Decimal));
        Assert.Equal(currency.Id, Assert.Single(created.CurrencyOptions!).CurrencyId);
        Assert.Equal(expected, created.CurrencyOptions![0].UnitAmount.Value);
        Assert.Equal((product.Id, product.Id), (created.ProductId, created.Product!.Id));
        Assert.Equal(("one_time", "per_unit", key, "standard"), (created.Type, created.BillingScheme, created.LookupKey, created.Nickname));
        Assert.True(created.Active);
        Assert.Equal(live, created.Livemode);
        Assert.Equal(5, created.QuantityAvailable);
        Assert.Equal("std", created.Metadata!["plan"].GetString());
        Assert.Equal(("api", Now), (created.CreatedVia, created.CreatedAt));
        Assert.Equal(expected, sandbox.Data.GetPrices(live).Single(p => p.Id == created.Id).UnitAmount.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_price_is_retrieved_by_id_or_lookup_key_listed_and_changed_in_its_own_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var product = await NewProductAsync(payment);
        var key = LookupKey();
        var created = await payment.Prices.CreateAsync(new PriceCreateOptions
        {
            ProductId = product.Id,
            UnitAmount = "12",
            LookupKey = key,
            Recurring = new PriceRecurring { Interval = "year", IntervalCount = 1 },
        });

        var byId = await payment.Prices.RetrieveAsync(created.Id);
        var byKey = await payment.Prices.RetrieveAsync(key);
        Assert.Equal((created.Id, created.Id), (byId.Id, byKey.Id));
        Assert.Equal(("recurring", "year", "licensed"), (byKey.Type, byKey.Recurring!.Interval, byKey.Recurring.UsageType));
        var notFound = await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Prices.RetrieveAsync(created.Id));
        Assert.Equal($"Price {created.Id} not found in {ModeName(!live)} mode", notFound.ServerMessage);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Prices.RetrieveAsync(key));

        Assert.Equal(created.Id, Assert.Single((await payment.Prices.ListAsync(new PriceListOptions { LookupKey = key })).List).Id);
        Assert.Equal(created.Id, Assert.Single((await payment.Prices.ListAsync(new PriceListOptions { ProductId = product.Id })).List).Id);
        Assert.Empty((await other.Prices.ListAsync(new PriceListOptions { LookupKey = key })).List);
        var all = await payment.Prices.ListAutoPagingAsync(new PriceListOptions { PageSize = 3 }).CollectAsync();
        Assert.Equal(sandbox.Data.GetPrices(live).Select(p => p.Id), all.Select(p => p.Id));
        Assert.Equal(created.Id, all[0].Id);
        var recurring = await payment.Prices.ListAutoPagingAsync(new PriceListOptions { Type = "recurring", PageSize = 100 }).CollectAsync();
        Assert.Contains(recurring, p => p.Id == created.Id);
        Assert.All(recurring, p => Assert.Equal("recurring", p.Type));
        Assert.Equal(created.Id, Assert.Single((await payment.Prices.SearchAsync(new PriceSearchOptions { Query = key })).List).Id);

        var newKey = LookupKey();
        var updated = await payment.Prices.UpdateAsync(created.Id, new PriceUpdateOptions
        {
            Nickname = "yearly",
            LookupKey = newKey,
            Metadata = new Dictionary<string, object?> { ["tier"] = "gold" },
        });
        Assert.Equal((created.Id, "yearly", newKey, "gold"), (updated.Id, updated.Nickname, updated.LookupKey, updated.Metadata!["tier"].GetString()));
        Assert.Equal(created.UnitAmount, updated.UnitAmount);
        Assert.Equal(created.Id, (await payment.Prices.RetrieveAsync(newKey)).Id);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Prices.RetrieveAsync(key));
        Assert.Equal("yearly", sandbox.Data.GetPrices(live).Single(p => p.Id == created.Id).Nickname);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_lookup_key_in_use_in_the_mode_is_refused_but_free_in_the_other_mode(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var product = await NewProductAsync(payment);
        var key = LookupKey();
        var first = await payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "1", LookupKey = key });
        var count = sandbox.Data.GetPrices(live).Count;

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "2", LookupKey = key }));
        var second = await payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "2" });
        var updateError = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.Prices.UpdateAsync(second.Id, new PriceUpdateOptions { LookupKey = key }));
        var otherProduct = await NewProductAsync(other);
        var otherPrice = await other.Prices.CreateAsync(new PriceCreateOptions { ProductId = otherProduct.Id, UnitAmount = "1", LookupKey = key });

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal($"A price with lookup key {key} already exists in {ModeName(live)} mode", error.ServerMessage);
        Assert.Equal(error.ServerMessage, updateError.ServerMessage);
        Assert.Equal(count + 1, sandbox.Data.GetPrices(live).Count);
        Assert.Null((await payment.Prices.RetrieveAsync(second.Id)).LookupKey);
        Assert.Equal(first.Id, (await payment.Prices.RetrieveAsync(key)).Id);
        Assert.Equal(otherPrice.Id, (await other.Prices.RetrieveAsync(key)).Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Archiving_hides_a_price_from_active_lists_and_keeps_it_retrievable(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var product = await NewProductAsync(payment);
        var kept = await payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "1" });
        var created = await payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "2" });

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Prices.ArchiveAsync(created.Id));
        var archived = await payment.Prices.ArchiveAsync(created.Id);

        Assert.Equal(created.Id, archived.Id);
        Assert.False(archived.Active);
        Assert.False((await payment.Prices.RetrieveAsync(created.Id)).Active);
        var active = await payment.Prices.ListAsync(new PriceListOptions { ProductId = product.Id, Active = true });
        Assert.Equal(kept.Id, Assert.Single(active.List).Id);
        var inactive = await payment.Prices.ListAsync(new PriceListOptions { ProductId = product.Id, Active = false });
        Assert.Equal(created.Id, Assert.Single(inactive.List).Id);
        var allActive = await payment.Prices.ListAutoPagingAsync(new PriceListOptions { Active = true, PageSize = 100 }).CollectAsync();
        Assert.DoesNotContain(allActive, p => p.Id == created.Id);
        Assert.All(allActive, p => Assert.True(p.Active));

        var again = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Prices.ArchiveAsync(created.Id));
        Assert.Equal($"Price {created.Id} cannot be archived: its status is archived, and only active prices can be archived", again.ServerMessage);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Inventory_is_added_and_taken_away_but_never_below_zero(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var product = await NewProductAsync(payment);
        var created = await payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "1", QuantityAvailable = 5 });

        var added = await payment.Prices.InventoryAsync(created.Id, new PriceInventoryOptions { Quantity = 3, Action = PriceInventoryAction.Increment });
        var taken = await payment.Prices.InventoryAsync(created.Id, new PriceInventoryOptions { Quantity = 8, Action = PriceInventoryAction.Decrement });
        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.Prices.InventoryAsync(created.Id, new PriceInventoryOptions { Quantity = 1, Action = PriceInventoryAction.Decrement }));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() =>
            other.Prices.InventoryAsync(created.Id, new PriceInventoryOptions { Quantity = 1, Action = PriceInventoryAction.Increment }));

        Assert.Equal((created.Id, 8L), (added.Id, added.QuantityAvailable));
        Assert.Equal(0, taken.QuantityAvailable);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal($"Price {created.Id} has 0 available; 1 cannot be taken away", error.ServerMessage);
        Assert.Equal(0, (await payment.Prices.RetrieveAsync(created.Id)).QuantityAvailable);
        Assert.Equal(0, sandbox.Data.GetPrices(live).Single(p => p.Id == created.Id).QuantityAvailable);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_billed_seeded_price_cannot_be_deleted_and_a_new_one_can(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var billed = BilledSeededPrice(sandbox, live);
        var product = await payment.Products.CreateAsync(new ProductCreateOptions
        {
            Name = "Deletable " + Guid.NewGuid().ToString("N")[..10],
            Prices = [new PriceCreateOptions { UnitAmount = "4" }],
        });
        var price = product.DefaultPrice!;

        var refused = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Prices.DeleteAsync(billed.Id));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Prices.DeleteAsync(price.Id));
        var deleted = await payment.Prices.DeleteAsync(price.Id);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal($"Price {billed.Id} is in use by invoices and cannot be deleted; archive it instead", refused.ServerMessage);
        Assert.True((await payment.Prices.RetrieveAsync(billed.Id)).Active);
        Assert.Equal(price.Id, deleted.Id);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Prices.RetrieveAsync(price.Id));
        Assert.DoesNotContain(sandbox.Data.GetPrices(live), p => p.Id == price.Id);
        var after = await payment.Products.RetrieveAsync(product.Id);
        Assert.Null(after.DefaultPriceId);
        Assert.Empty(after.Prices!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_price_of_a_product_or_currency_the_mode_lacks_is_refused(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var otherProduct = await NewProductAsync(other);
        var product = await NewProductAsync(payment);
        var otherCurrency = BaseCurrency(sandbox, !live);

        var noProduct = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = otherProduct.Id, UnitAmount = "1" }));
        var noCurrency = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "1", CurrencyId = otherCurrency.Id }));

        Assert.Equal($"Product {otherProduct.Id} not found in {ModeName(live)} mode", noProduct.ServerMessage);
        Assert.Equal($"Payment currency {otherCurrency.Id} not found in {ModeName(live)} mode", noCurrency.ServerMessage);
        Assert.Equal(0, (await payment.Prices.ListAsync(new PriceListOptions { ProductId = product.Id })).Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Creating_changing_and_deleting_a_price_raises_its_events(bool live)
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox, live);
        var product = await NewProductAsync(payment);
        await payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = receiver.Url,
            EnabledEvents = ["price.created", "price.updated", "price.deleted"],
        });

        var created = await payment.Prices.CreateAsync(new PriceCreateOptions { ProductId = product.Id, UnitAmount = "1", QuantityAvailable = 2 });
        await payment.Prices.InventoryAsync(created.Id, new PriceInventoryOptions { Quantity = 3, Action = PriceInventoryAction.Increment });
        await payment.Prices.DeleteAsync(created.Id);
        await sandbox.WhenDeliveredAsync();

        var events = receiver.Received.ToList();
        Assert.Equal(new[] { "price.created", "price.deleted", "price.updated" }, events.Select(e => e.Type).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal((live, created.Id), (e.Livemode, e.ObjectId)));
        var updated = events.Single(e => e.Type == "price.updated");
        Assert.Equal(5, updated.Data.GetObject<PriceExpanded>().QuantityAvailable);
        Assert.Equal(2, updated.Data.PreviousAttributes!.Value.GetProperty("quantity_available").GetInt64());
        Assert.Equal(created.UnitAmount, events.Single(e => e.Type == "price.created").Data.GetObject<PriceExpanded>().UnitAmount);
    }
}
