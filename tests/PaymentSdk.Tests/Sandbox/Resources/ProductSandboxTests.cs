using System.Net;
using System.Numerics;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox.Resources;

/// <summary>
/// Products through the SDK against the sandbox, in each mode: created with nested prices (all or nothing),
/// read, listed, searched, changed, archived and deleted; seeded products billed by invoices cannot be deleted.
/// </summary>
public sealed class ProductSandboxTests
{
    /// <summary>Whole seconds, after every seeded object, so that what a test makes is newest.</summary>
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private static Task<PaymentSandbox> StartAsync() => PaymentSandbox.StartAsync(new PaymentSandboxOptions
    {
        TimeProvider = new FixedClock(Now),
        WebhookRetryDelay = TimeSpan.FromMilliseconds(10),
        WebhookAttempts = 1,
    });

    private static string ModeName(bool live) => live ? "live" : "test";

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..10];

    private static PaymentCurrency BaseCurrency(PaymentSandbox sandbox, bool live) =>
        sandbox.Data.GetPaymentCurrencies(live).Single(c => c.IsBaseCurrency);

    /// <summary><paramref name="tokens"/> whole tokens in the smallest unit of a currency with <paramref name="decimals"/>.</summary>
    private static string Smallest(int tokens, int decimals) => (tokens * BigInteger.Pow(10, decimals)).ToString();

    private static ProductCreateOptions WidgetWithTwoPrices(string name) => new()
    {
        Name = name,
        Description = "A widget for tests",
        Type = "good",
        UnitLabel = "widget",
        StatementDescriptor = "WIDGET",
        Features = [new ProductFeature { Name = "Fast delivery" }],
        Metadata = new Dictionary<string, object?> { ["sku"] = "W-1", ["color"] = "red" },
        Prices =
        [
            new PriceCreateOptions { UnitAmount = "5", Nickname = "once" },
            new PriceCreateOptions { UnitAmount = "2", Nickname = "monthly", Recurring = new PriceRecurring { Interval = "month", IntervalCount = 1 } },
        ],
    };

    /// <summary>A seeded product one of whose prices an invoice of the mode bills.</summary>
    private static ProductExpanded BilledSeededProduct(PaymentSandbox sandbox, bool live)
    {
        var billed = sandbox.Data.GetInvoices(live).SelectMany(i => i.Lines).Select(l => l.PriceId).ToHashSet(StringComparer.Ordinal);
        return sandbox.Data.GetProducts(live).First(p => p.Prices!.Any(price => billed.Contains(price.Id)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_product_created_with_prices_is_answered_with_both_and_its_first_price_as_default(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var currency = BaseCurrency(sandbox, live);
        var name = Unique("Widget");

        var created = await payment.Products.CreateAsync(WidgetWithTwoPrices(name));

        Assert.StartsWith("prod_", created.Id, StringComparison.Ordinal);
        Assert.Equal("product", created.Object);
        Assert.True(created.Active);
        Assert.Equal(live, created.Livemode);
        Assert.Equal((name, "A widget for tests", "good", "widget", "WIDGET"), (created.Name, created.Description, created.Type, created.UnitLabel, created.StatementDescriptor));
        Assert.Equal("Fast delivery", Assert.Single(created.Features!).Name);
        Assert.Equal("W-1", created.Metadata!["sku"].GetString());
        Assert.Equal("red", created.Metadata["color"].GetString());
        Assert.Equal("api", created.CreatedVia);
        Assert.Equal(Now, created.CreatedAt);
        Assert.Equal(Now, created.UpdatedAt);

        Assert.Equal(2, created.Prices!.Count);
        var once = created.Prices.Single(p => p.Nickname == "once");
        var monthly = created.Prices.Single(p => p.Nickname == "monthly");
        Assert.Equal(once.Id, created.DefaultPriceId);
        Assert.Equal(once.Id, created.DefaultPrice!.Id);
        Assert.All(created.Prices, p =>
        {
            Assert.StartsWith("price_", p.Id, StringComparison.Ordinal);
            Assert.Equal(created.Id, p.ProductId);
            Assert.Equal(currency.Id, p.CurrencyId);
            Assert.Equal(live, p.Livemode);
            Assert.True(p.Active);
        });
        Assert.Equal(("one_time", Smallest(5, currency.Decimal)), (once.Type, once.UnitAmount.Value));
        Assert.Equal(("recurring", Smallest(2, currency.Decimal)), (monthly.Type, monthly.UnitAmount.Value));
        Assert.Equal(("month", 1), (monthly.Recurring!.Interval, monthly.Recurring.IntervalCount));

        // Both prices exist as prices of their own, listed under the product's filter.
        var listed = await payment.Prices.ListAsync(new PriceListOptions { ProductId = created.Id });
        Assert.Equal(2, listed.Count);
        Assert.Equal(new[] { monthly.Id, once.Id }.Order(), listed.List.Select(p => p.Id).Order());
        Assert.All(listed.List, p => Assert.Equal(created.Id, p.Product!.Id));
        Assert.Equal(2, sandbox.Data.GetPrices(live).Count(p => p.ProductId == created.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_product_is_retrieved_listed_and_changed_in_its_own_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var name = Unique("Gadget");
        var created = await payment.Products.CreateAsync(WidgetWithTwoPrices(name));

        var retrieved = await payment.Products.RetrieveAsync(created.Id);
        Assert.Equal((created.Id, name, created.DefaultPriceId, 2), (retrieved.Id, retrieved.Name, retrieved.DefaultPriceId, retrieved.Prices!.Count));

        var notFound = await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Products.RetrieveAsync(created.Id));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal($"Product {created.Id} not found in {ModeName(!live)} mode", notFound.ServerMessage);

        // Every product of the mode, newest (ours) first, once each; the other mode lists none of ours.
        var all = await payment.Products.ListAutoPagingAsync(new ProductListOptions { PageSize = 2 }).CollectAsync();
        Assert.Equal(sandbox.Data.GetProducts(live).Select(p => p.Id), all.Select(p => p.Id));
        Assert.Equal(created.Id, all[0].Id);
        var page = await payment.Products.ListAsync(new ProductListOptions { Name = name });
        Assert.Equal(created.Id, Assert.Single(page.List).Id);
        Assert.Equal(1, page.Count);
        var otherAll = await other.Products.ListAutoPagingAsync().CollectAsync();
        Assert.DoesNotContain(otherAll, p => p.Id == created.Id);
        Assert.Empty((await other.Products.ListAsync(new ProductListOptions { Name = name })).List);

        var renamed = Unique("Gizmo");
        var updated = await payment.Products.UpdateAsync(created.Id, new ProductUpdateOptions
        {
            Name = renamed,
            Description = "Now a gizmo",
            Metadata = new Dictionary<string, object?> { ["color"] = null, ["size"] = "L" },
        });
        Assert.Equal((created.Id, renamed, "Now a gizmo", "good"), (updated.Id, updated.Name, updated.Description, updated.Type));
        Assert.Equal(new[] { "size", "sku" }, updated.Metadata!.Keys.Order());
        Assert.Equal("L", updated.Metadata["size"].GetString());
        Assert.Equal(2, updated.Prices!.Count);

        var after = await payment.Products.RetrieveAsync(created.Id);
        Assert.Equal((renamed, "Now a gizmo"), (after.Name, after.Description));
        Assert.False(after.Metadata!.ContainsKey("color"));
        Assert.Equal(renamed, sandbox.Data.GetProducts(live).Single(p => p.Id == created.Id).Name);
        Assert.Empty((await payment.Products.ListAsync(new ProductListOptions { Name = name })).List);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Products.UpdateAsync(created.Id, new ProductUpdateOptions { Name = "x" }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Archiving_hides_a_product_from_active_lists_keeps_it_retrievable_and_cannot_be_repeated(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var created = await payment.Products.CreateAsync(WidgetWithTwoPrices(Unique("Archived")));

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Products.ArchiveAsync(created.Id));
        var archived = await payment.Products.ArchiveAsync(created.Id);

        Assert.Equal(created.Id, archived.Id);
        Assert.False(archived.Active);
        var retrieved = await payment.Products.RetrieveAsync(created.Id);
        Assert.False(retrieved.Active);
        Assert.All(retrieved.Prices!, p => Assert.True(p.Active));
        var active = await payment.Products.ListAutoPagingAsync(new ProductListOptions { Active = true, PageSize = 100 }).CollectAsync();
        Assert.DoesNotContain(active, p => p.Id == created.Id);
        Assert.All(active, p => Assert.True(p.Active));
        Assert.NotEmpty(active);
        var inactive = await payment.Products.ListAutoPagingAsync(new ProductListOptions { Active = false, PageSize = 100 }).CollectAsync();
        Assert.Contains(inactive, p => p.Id == created.Id);
        Assert.False(sandbox.Data.GetProducts(live).Single(p => p.Id == created.Id).Active);

        var again = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Products.ArchiveAsync(created.Id));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal($"Product {created.Id} cannot be archived: its status is archived, and only active products can be archived", again.ServerMessage);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Deleting_a_fresh_product_removes_it_and_its_prices(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var productsBefore = sandbox.Data.GetProducts(live).Count;
        var pricesBefore = sandbox.Data.GetPrices(live).Count;
        var created = await payment.Products.CreateAsync(WidgetWithTwoPrices(Unique("Doomed")));
        Assert.Equal((productsBefore + 1, pricesBefore + 2), (sandbox.Data.GetProducts(live).Count, sandbox.Data.GetPrices(live).Count));

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Products.DeleteAsync(created.Id));
        var deleted = await payment.Products.DeleteAsync(created.Id);

        Assert.Equal((created.Id, created.Name), (deleted.Id, deleted.Name));
        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Products.RetrieveAsync(created.Id));
        Assert.Equal($"Product {created.Id} not found in {ModeName(live)} mode", error.ServerMessage);
        foreach (var price in created.Prices!)
            await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Prices.RetrieveAsync(price.Id));
        Assert.Equal(0, (await payment.Prices.ListAsync(new PriceListOptions { ProductId = created.Id })).Count);
        Assert.Equal((productsBefore, pricesBefore), (sandbox.Data.GetProducts(live).Count, sandbox.Data.GetPrices(live).Count));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Products.DeleteAsync(created.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_seeded_product_whose_prices_invoices_bill_cannot_be_deleted(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var seeded = BilledSeededProduct(sandbox, live);

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Products.DeleteAsync(seeded.Id));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal($"Product {seeded.Id} has prices in use by invoices and cannot be deleted; archive it instead", error.ServerMessage);
        var still = await payment.Products.RetrieveAsync(seeded.Id);
        Assert.Equal(seeded.Prices!.Select(p => p.Id).Order(), still.Prices!.Select(p => p.Id).Order());
        Assert.Equal(seeded.Prices!.Count, sandbox.Data.GetPrices(live).Count(p => p.ProductId == seeded.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_finds_a_product_by_its_name_in_its_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var seeded = sandbox.Data.GetProducts(live)[^1];
        var token = Guid.NewGuid().ToString("N")[..10];
        var created = await payment.Products.CreateAsync(new ProductCreateOptions { Name = "Searchable " + token });
        await payment.Products.CreateAsync(new ProductCreateOptions { Name = "Unrelated " + Guid.NewGuid().ToString("N")[..10] });

        var found = await payment.Products.SearchAsync(new ProductSearchOptions { Query = token.ToUpperInvariant() });
        var bySeededName = await payment.Products.SearchAutoPagingAsync(new ProductSearchOptions { Query = seeded.Name }).CollectAsync();

        Assert.Equal(created.Id, Assert.Single(found.List).Id);
        Assert.Equal(1, found.Count);
        Assert.Contains(bySeededName, p => p.Id == seeded.Id);
        Assert.All(bySeededName, p => Assert.Contains(
            new[] { p.Id, p.Name, p.Description, p.StatementDescriptor }, t => t?.Contains(seeded.Name, StringComparison.OrdinalIgnoreCase) == true));
        Assert.Empty((await other.Products.SearchAsync(new ProductSearchOptions { Query = token })).List);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_nested_price_the_server_refuses_leaves_no_product_price_or_event_behind(bool live)
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox, live);
        await payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = receiver.Url, EnabledEvents = ["*"] });
        var products = sandbox.Data.GetProducts(live).Count;
        var prices = sandbox.Data.GetPrices(live).Count;
        var name = Unique("Half made");

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Products.CreateAsync(new ProductCreateOptions
        {
            Name = name,
            Prices =
            [
                new PriceCreateOptions { UnitAmount = "1" },
                new PriceCreateOptions { UnitAmount = "1", CurrencyId = "pc_missing" },
            ],
        }));
        await sandbox.WhenDeliveredAsync();

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal($"Payment currency pc_missing not found in {ModeName(live)} mode", error.ServerMessage);
        Assert.Equal(products, sandbox.Data.GetProducts(live).Count);
        Assert.Equal(prices, sandbox.Data.GetPrices(live).Count);
        Assert.DoesNotContain(sandbox.Data.GetProducts(live), p => p.Name == name);
        Assert.Empty((await payment.Products.SearchAsync(new ProductSearchOptions { Query = name })).List);
        Assert.Empty(receiver.Received);
        Assert.Empty(sandbox.Deliveries);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Creating_changing_and_deleting_a_product_raises_its_events_in_its_mode(bool live)
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        await using var otherReceiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var endpoint = await payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = receiver.Url,
            EnabledEvents = ["product.created", "product.updated", "product.deleted", "price.created", "price.deleted"],
        });
        await other.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = otherReceiver.Url, EnabledEvents = ["*"] });
        var name = Unique("Evented");

        var created = await payment.Products.CreateAsync(new ProductCreateOptions { Name = name, Prices = [new PriceCreateOptions { UnitAmount = "3" }] });
        await payment.Products.UpdateAsync(created.Id, new ProductUpdateOptions { Name = name + " v2" });
        await payment.Products.DeleteAsync(created.Id);
        await sandbox.WhenDeliveredAsync();

        var events = receiver.Received.ToList();
        Assert.Equal(
            new[] { "price.created", "price.deleted", "product.created", "product.deleted", "product.updated" },
            events.Select(e => e.Type).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal(live, e.Livemode));
        var productCreated = events.Single(e => e.Type == "product.created");
        Assert.Equal((created.Id, name), (productCreated.Data.GetObject<Product>().Id, productCreated.Data.GetObject<Product>().Name));
        var productUpdated = events.Single(e => e.Type == "product.updated");
        Assert.Equal(name + " v2", productUpdated.Data.GetObject<Product>().Name);
        Assert.Equal(name, productUpdated.Data.PreviousAttributes!.Value.GetProperty("name").GetString());
        Assert.Equal(created.DefaultPriceId, events.Single(e => e.Type == "price.created").Data.GetObject<PriceExpanded>().Id);
        Assert.Equal(created.DefaultPriceId, events.Single(e => e.Type == "price.deleted").Data.GetObject<Price>().Id);
        Assert.Equal(created.Id, events.Single(e => e.Type == "product.deleted").Data.GetObject<Product>().Id);
        Assert.Empty(otherReceiver.Received);
        Assert.All(sandbox.Deliveries, d => Assert.Equal((endpoint.Id, 200, live), (d.EndpointId, d.StatusCode ?? 0, d.Livemode)));
        Assert.Equal(5, sandbox.Deliveries.Count);
    }
}
