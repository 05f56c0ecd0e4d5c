using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>The two retry classes a route can state (by its operation parameter's type).</summary>
public enum RetryClass
{
    /// <summary>May be sent again: reads, and updates that only set fields.</summary>
    Repeatable,

    /// <summary>Never sent again once it may have reached the server.</summary>
    SentOnce,
}

/// <summary>
/// One method of payment-js as the SDK has it: its payment-js name, the verb and path template its route must declare,
/// its retry class, the stub answer (a file of <c>Responses/</c>) and a sample call with the arguments payment-js was
/// recorded with (<c>PaymentJs/recorded-requests.jsonl</c>), so the request it sends can be compared with payment-js's.
/// A method with a path id takes it from the caller (<see cref="CallWithId"/>), so tests can send any id through it.
/// </summary>
public sealed record ApiOperation(string Name, string Verb, string Path, RetryClass Retry, string Answer, string? Id, Func<PaymentClient, string, Task> CallWithId)
{
    /// <summary>Whether the method may be repeated.</summary>
    public bool Idempotent => Retry == RetryClass.Repeatable;

    /// <summary>The method with its sample arguments.</summary>
    public Task Call(PaymentClient payment) => CallWithId(payment, Id ?? "");

    /// <summary>payment-js's name of the method: the row's name up to a variant in brackets (<c>customers.retrieve (create)</c>).</summary>
    public string JsName => Name.Split(' ')[0];

    /// <summary>
    /// The request expected where the recorded call cannot be made the same way (a variant payment-js was not recorded
    /// with, or a recorded argument the SDK has no option for); says why in the row.
    /// </summary>
    public (string Target, string Body)? Expected { get; init; }

    /// <summary>What payment-js sent for the same call: the request target (path and query) and the body ("" for none).</summary>
    public (string Target, string Body) Recorded => Expected ?? PaymentJsRecording.Of(JsName);

    /// <summary>Whether payment-js sends a JSON body.</summary>
    public bool HasBody => Recorded.Body.Length > 0;

    /// <summary>The class the fault matrix runs once for: verb × retry class × with or without body.</summary>
    public string FaultClass => $"{Verb} {Retry} {(HasBody ? "with body" : "no body")}";

    public override string ToString() => Name;
}

/// <summary>What payment-js 1.27.2 put on the wire for each of its 128 methods (copied from the shared recording).</summary>
public static class PaymentJsRecording
{
    private static readonly Lazy<Dictionary<string, (string Target, string Body)>> Calls = new(() =>
        File.ReadLines(System.IO.Path.Combine(AppContext.BaseDirectory, "PaymentJs", "recorded-requests.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(r => r.GetProperty("call").GetString()!, r => (r.GetProperty("target").GetString()!, r.GetProperty("body").GetString()!)));

    public static (string Target, string Body) Of(string call) => Calls.Value[call];

    /// <summary>Every payment-js method name that was recorded.</summary>
    public static IEnumerable<string> Names => Calls.Value.Keys;
}

/// <summary>
/// The one table of every payment-js method the SDK has. Tests that must cover all methods read it; convention tests
/// prove by reflection that every method of every service, and every route, has its row here, and that each route
/// declares this row's verb, path and retry class.
/// </summary>
public static class ApiOperations
{
    private const string Unicode = "ünïcødé <b>&\"'/\\ 😀 \u2028 tab\t+%20=?#";

    public static readonly IReadOnlyList<ApiOperation> All =
    [
        new("invoices.retrieve", "GET", "/api/invoices/{id}", RetryClass.Repeatable, "invoice-with-discount.json", "inv_123", (p, id) => p.Invoices.RetrieveAsync(id)),
        new("invoices.update", "PUT", "/api/invoices/{id}", RetryClass.Repeatable, "invoice-updated.json", "inv_123", (p, id) => p.Invoices.UpdateAsync(id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = "ünïcødé <b>&" } })),
        new("invoices.list", "GET", "/api/invoices", RetryClass.Repeatable, "invoice-page.json", null, (p, _) => p.Invoices.ListAsync(new InvoiceListOptions { Status = "paid,open", CustomerId = "cus_1", IgnoreZero = true, IncludeStaking = true, Metadata = new Dictionary<string, string> { ["order_id"] = "o 1" }, Page = 2, PageSize = 10 })),
        new("invoices.search", "GET", "/api/invoices/search", RetryClass.Repeatable, "search-page.json", null, (p, _) => p.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium Plan", Page = 1, PageSize = 5 })),
        new("invoices.getReturnStake", "GET", "/api/invoices/{id}/return-stake", RetryClass.Repeatable, "stake-info.json", "inv_stake_1", (p, id) => p.Invoices.GetReturnStakeAsync(id)),
        new("invoices.returnStake", "POST", "/api/invoices/{id}/return-stake", RetryClass.SentOnce, "return-result.json", "inv_stake_1", (p, id) => p.Invoices.ReturnStakeAsync(id)),
        new("invoices.void", "POST", "/api/invoices/{id}/void", RetryClass.SentOnce, "invoice-voided.json", "inv_123", (p, id) => p.Invoices.VoidAsync(id)),
        new("webhookEndpoints.create", "POST", "/api/webhook-endpoints", RetryClass.SentOnce, "webhook-endpoint.json", null, (p, _) => p.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://example.com/api/payment/webhook", EnabledEvents = ["checkout.session.completed", "customer.subscription.renewed"], Description = Unicode, Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("webhookEndpoints.retrieve", "GET", "/api/webhook-endpoints/{id}", RetryClass.Repeatable, "webhook-endpoint-expanded.json", "we_1", (p, id) => p.WebhookEndpoints.RetrieveAsync(id)),
        new("webhookEndpoints.update", "PUT", "/api/webhook-endpoints/{id}", RetryClass.Repeatable, "webhook-endpoint.json", "we_1", (p, id) => p.WebhookEndpoints.UpdateAsync(id, new WebhookEndpointUpdateOptions { Url = "https://example.com/api/payment/webhook", EnabledEvents = ["checkout.session.completed"] })),
        new("webhookEndpoints.list", "GET", "/api/webhook-endpoints", RetryClass.Repeatable, "webhook-endpoint-page.json", null, (p, _) => p.WebhookEndpoints.ListAsync(new WebhookEndpointListOptions { Page = 1, PageSize = 100 })),
        new("webhookEndpoints.del", "DELETE", "/api/webhook-endpoints/{id}", RetryClass.SentOnce, "webhook-endpoint.json", "we_1", (p, id) => p.WebhookEndpoints.DeleteAsync(id)),
        new("customers.retrieve", "GET", "/api/customers/{id}", RetryClass.Repeatable, "customer-expanded.json", "cus_1", (p, id) => p.Customers.RetrieveAsync(id)),
        // payment-js sends retrieve(did, { create: true })'s second argument as the GET's JSON body; not in the recording.
        new("customers.retrieve (create)", "GET", "/api/customers/{id}", RetryClass.SentOnce, "customer-expanded.json", "cus_1", (p, id) => p.Customers.RetrieveAsync(id, new CustomerRetrieveOptions { Create = true }))
            { Expected = ("/api/customers/cus_1?livemode=false", """{"create":true}""") },
        new("customers.update", "PUT", "/api/customers/{id}", RetryClass.Repeatable, "customer.json", "cus_1", (p, id) => p.Customers.UpdateAsync(id, new CustomerUpdateOptions { Name = "Zoë Ünïcødé", Email = "zoe+test@example.com", Phone = "+1 555 0100", Description = Unicode, Address = new CustomerAddressOptions { Country = "DE", City = "München", Line1 = "Straße 1", PostalCode = "80331" }, Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("customers.list", "GET", "/api/customers", RetryClass.Repeatable, "customer-page.json", null, (p, _) => p.Customers.ListAsync(new CustomerListOptions { Did = "z1customerDid", Page = 1, PageSize = 20, Order = [OrderItem.Descending("created_at")] })),
        new("customers.search", "GET", "/api/customers/search", RetryClass.Repeatable, "customer-page.json", null, (p, _) => p.Customers.SearchAsync(new CustomerSearchOptions { Query = "alice & bob ü", Page = 1, PageSize = 5 })),
        new("customers.overdueInvoices", "GET", "/api/customers/{id}/overdue/invoices", RetryClass.Repeatable, "customer-overdue-invoices.json", "cus_1", (p, id) => p.Customers.OverdueInvoicesAsync(id)),
        // The recording's nested price also has "nickname":null: the SDK leaves unset fields out rather than sending null.
        new("products.create", "POST", "/api/products", RetryClass.SentOnce, "product-expanded.json", null, (p, _) => p.Products.CreateAsync(new ProductCreateOptions { Name = "Premium Plan", Description = "Best plan", Type = "service", Images = [], Features = [new ProductFeature { Name = "Unlimited" }], UnitLabel = "seat", StatementDescriptor = "PREMIUM", Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode }, Prices = [new PriceCreateOptions { Type = "recurring", UnitAmount = "9.99", CurrencyId = "pc_abt", Recurring = new PriceRecurring { Interval = "month", IntervalCount = 1, UsageType = "licensed" }, LookupKey = "premium_monthly" }] }))
            { Expected = ("/api/products?livemode=false", PaymentJsRecording.Of("products.create").Body.Replace(",\"nickname\":null", "")) },
        new("products.retrieve", "GET", "/api/products/{id}", RetryClass.Repeatable, "product-expanded.json", "prod_1", (p, id) => p.Products.RetrieveAsync(id)),
        new("products.update", "PUT", "/api/products/{id}", RetryClass.Repeatable, "product-expanded.json", "prod_1", (p, id) => p.Products.UpdateAsync(id, new ProductUpdateOptions { Name = "Premium Plan v2", Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("products.list", "GET", "/api/products", RetryClass.Repeatable, "product-page.json", null, (p, _) => p.Products.ListAsync(new ProductListOptions { Active = true, Name = "Premium", Description = "Best", Metadata = new Dictionary<string, string> { ["tier"] = "gold plus" }, Page = 1, PageSize = 20 })),
        new("products.search", "GET", "/api/products/search", RetryClass.Repeatable, "product-page.json", null, (p, _) => p.Products.SearchAsync(new ProductSearchOptions { Query = "Premium Plan", Page = 1, PageSize = 5 })),
        new("products.archive", "PUT", "/api/products/{id}/archive", RetryClass.SentOnce, "product-archived.json", "prod_1", (p, id) => p.Products.ArchiveAsync(id)),
        new("products.del", "DELETE", "/api/products/{id}", RetryClass.SentOnce, "product.json", "prod_1", (p, id) => p.Products.DeleteAsync(id)),
        new("prices.create", "POST", "/api/prices", RetryClass.SentOnce, "price-expanded.json", null, (p, _) => p.Prices.CreateAsync(new PriceCreateOptions { ProductId = "prod_1", Type = "recurring", UnitAmount = "9.99", CurrencyId = "pc_abt", Recurring = new PriceRecurring { Interval = "month", IntervalCount = 1 }, LookupKey = "premium_monthly", Nickname = "Monthly", Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("prices.retrieve", "GET", "/api/prices/{id}", RetryClass.Repeatable, "price-expanded.json", "price_1", (p, id) => p.Prices.RetrieveAsync(id)),
        new("prices.update", "PUT", "/api/prices/{id}", RetryClass.Repeatable, "price-expanded.json", "price_1", (p, id) => p.Prices.UpdateAsync(id, new PriceUpdateOptions { Nickname = "Monthly v2", Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("prices.list", "GET", "/api/prices", RetryClass.Repeatable, "price-page.json", null, (p, _) => p.Prices.ListAsync(new PriceListOptions { Active = true, Type = "recurring", CurrencyId = "pc_abt", ProductId = "prod_1", LookupKey = "premium_monthly", Page = 1, PageSize = 20 })),
        new("prices.search", "GET", "/api/prices/search", RetryClass.Repeatable, "price-page.json", null, (p, _) => p.Prices.SearchAsync(new PriceSearchOptions { Query = "premium", Page = 1, PageSize = 5 })),
        new("prices.archive", "PUT", "/api/prices/{id}/archive", RetryClass.SentOnce, "price-expanded.json", "price_1", (p, id) => p.Prices.ArchiveAsync(id)),
        new("prices.del", "DELETE", "/api/prices/{id}", RetryClass.SentOnce, "price.json", "price_1", (p, id) => p.Prices.DeleteAsync(id)),
        new("prices.inventory", "PUT", "/api/prices/{id}/inventory", RetryClass.SentOnce, "price-expanded.json", "price_1", (p, id) => p.Prices.InventoryAsync(id, new PriceInventoryOptions { Quantity = 5, Action = PriceInventoryAction.Increment })),
        new("paymentCurrencies.create", "POST", "/api/payment-currencies", RetryClass.SentOnce, "payment-currency.json", null, (p, _) => p.PaymentCurrencies.CreateAsync(new PaymentCurrencyCreateOptions { PaymentMethodId = "pm_1", Name = "Credit", Description = "Credit currency", Symbol = "CRD", Decimal = 2, Logo = "https://example.com/c.png", Type = "credit", Metadata = new Dictionary<string, object?>() })),
        new("paymentCurrencies.retrieve", "GET", "/api/payment-currencies/{id}", RetryClass.Repeatable, "payment-currency.json", "pc_1", (p, id) => p.PaymentCurrencies.RetrieveAsync(id)),
        new("paymentCurrencies.update", "PUT", "/api/payment-currencies/{id}", RetryClass.SentOnce, "payment-currency.json", "pc_1", (p, id) => p.PaymentCurrencies.UpdateAsync(id, new PaymentCurrencyUpdateOptions { Name = "Credit v2", Description = Unicode, Metadata = new Dictionary<string, object?> { ["order_id"] = "order_12345", ["note"] = Unicode } })),
        new("paymentCurrencies.list", "GET", "/api/payment-currencies", RetryClass.Repeatable, "payment-currency-list.json", null, (p, _) => p.PaymentCurrencies.ListAsync()),
        new("paymentCurrencies.updateRechargeConfig", "PUT", "/api/payment-currencies/{id}/recharge-config", RetryClass.SentOnce, "payment-currency.json", "pc_1", (p, id) => p.PaymentCurrencies.UpdateRechargeConfigAsync(id, new PaymentCurrencyRechargeConfigOptions { BasePriceId = "price_1", PaymentLinkId = "plink_1", CheckoutUrl = "https://example.com/checkout", Settings = new RechargeLimits { MinRechargeAmount = 10, MaxRechargeAmount = 1000 } })),
        new("paymentCurrencies.getRechargeConfig", "GET", "/api/payment-currencies/{id}/recharge-config", RetryClass.Repeatable, "payment-currency.json", "pc_1", (p, id) => p.PaymentCurrencies.GetRechargeConfigAsync(id)),
        new("paymentCurrencies.checkRecurringSupport", "POST", "/api/payment-currencies/check-recurring-support", RetryClass.Repeatable, "check-recurring-support.json", null, (p, _) => p.PaymentCurrencies.CheckRecurringSupportAsync(new PaymentCurrencyCheckRecurringSupportOptions { CurrencyIds = ["pc_1", "pc_2"] })),
        new("paymentMethods.create", "POST", "/api/payment-methods", RetryClass.SentOnce, "payment-method.json", null, (p, _) => p.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions { Type = "arcblock", Name = "ArcBlock", Description = "ArcBlock chain", Logo = "https://example.com/l.png", Settings = new PaymentMethodSettings { ArcBlock = new ChainPaymentMethodSettings { ChainId = "beta", ApiHost = "https://beta.abtnetwork.io/api/", ExplorerHost = "https://explorer.abtnetwork.io/" } }, Metadata = new Dictionary<string, object?>() })),
        new("paymentMethods.retrieve", "GET", "/api/payment-methods/{id}", RetryClass.Repeatable, "payment-method-expanded.json", "pm_1", (p, id) => p.PaymentMethods.RetrieveAsync(id)),
        new("paymentMethods.update", "PUT", "/api/payment-methods/{id}", RetryClass.SentOnce, "payment-method.json", "pm_1", (p, id) => p.PaymentMethods.UpdateAsync(id, new PaymentMethodUpdateOptions { Name = "ArcBlock Main", Description = Unicode })),
        new("paymentMethods.list", "GET", "/api/payment-methods", RetryClass.Repeatable, "payment-method-list.json", null, (p, _) => p.PaymentMethods.ListAsync()),
        new("settings.create", "POST", "/api/settings", RetryClass.SentOnce, "setting.json", null, (p, _) => p.Settings.CreateAsync(new SettingCreateOptions { Type = "donate", MountLocation = "blog/post-1", Description = Unicode, Active = true, ComponentDid = "z8componentDid", Settings = new Dictionary<string, object?> { ["amount"] = new Dictionary<string, object?> { ["presets"] = new List<object?> { "1", "5", "10" }, ["preset"] = "5", ["custom"] = true, ["minimum"] = "1", ["maximum"] = "100" }, ["btnText"] = "Donate ❤", ["historyType"] = "avatar" } })),
        new("settings.retrieve", "GET", "/api/settings/{id}", RetryClass.Repeatable, "setting.json", "set_1", (p, id) => p.Settings.RetrieveAsync(id)),
        new("settings.update", "PUT", "/api/settings/{id}", RetryClass.Repeatable, "setting.json", "set_1", (p, id) => p.Settings.UpdateAsync(id, new SettingUpdateOptions { Settings = new Dictionary<string, object?> { ["btnText"] = "Tip" }, Active = false, Description = "d" })),
        new("settings.del", "DELETE", "/api/settings/{id}", RetryClass.SentOnce, "setting-deleted.json", "set_1", (p, id) => p.Settings.DeleteAsync(id)),
    ];

    /// <summary>The methods that send a path id.</summary>
    public static IEnumerable<ApiOperation> WithId => All.Where(o => o.Id is not null);

    public static TheoryData<string> Names => new(All.Select(o => o.Name));

    public static ApiOperation Named(string name) => All.Single(o => o.Name == name);

    /// <summary>One method of each fault class (the first in the table): the fault matrix runs in full for these.</summary>
    public static IReadOnlyList<ApiOperation> OnePerFaultClass => All.GroupBy(o => o.FaultClass).Select(g => g.First()).ToList();
}
