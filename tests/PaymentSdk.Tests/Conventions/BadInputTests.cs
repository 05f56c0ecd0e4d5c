using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// Bad input ends in an <see cref="ArgumentException"/> that names the parameter, before anything is sent: blank ids on
/// every method of the one table that takes one, and per method the option that is wrong (metadata over Payment Kit's
/// limits, a page size out of range, an update that changes nothing, a price without an amount, an inventory action
/// Payment Kit does not know, …).
/// </summary>
public sealed class BadInputTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    private static readonly Dictionary<string, object?> LongKey = new() { [new string('k', 41)] = "v" };
    private static readonly Dictionary<string, object?> LongValue = new() { ["note"] = new string('v', 501) };

    public static TheoryData<string, string> BlankIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in ApiOperations.WithId)
            foreach (var id in new[] { "", " ", "\t" })
                data.Add(operation.Name, id);
        return data;
    }

    [Theory]
    [MemberData(nameof(BlankIds))]
    public async Task A_blank_or_unsendable_id_is_refused_on_every_method(string name, string id)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => ApiOperations.Named(name).CallWithId(payment, id));

        Assert.Equal("id", error.ParamName);
        Assert.Empty(WireMock.Requests(mount));
    }

    [Fact]
    public async Task An_id_with_an_unpaired_surrogate_is_refused_on_every_method()
    {
        // A fact, not a theory row: a test runner that serializes its rows would turn the lone surrogate into U+FFFD.
        var mount = NewMount();
        using var payment = NewClient(mount);

        foreach (var operation in ApiOperations.WithId)
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => operation.CallWithId(payment, "in_\ud800x"));
            Assert.Equal("id", error.ParamName);
        }
        Assert.Empty(WireMock.Requests(mount));
    }

    public static TheoryData<string, string, Func<PaymentClient, Task>> BadOptions => new()
    {
        { "customers.update", "options", p => p.Customers.UpdateAsync("cus_1", new CustomerUpdateOptions()) },
        { "customers.update", "options", p => p.Customers.UpdateAsync("cus_1", null!) },
        { "customers.update", "options.Metadata", p => p.Customers.UpdateAsync("cus_1", new CustomerUpdateOptions { Metadata = LongKey }) },
        { "customers.update", "options.Metadata", p => p.Customers.UpdateAsync("cus_1", new CustomerUpdateOptions { Metadata = LongValue }) },
        { "customers.list", "options.PageSize", p => p.Customers.ListAsync(new CustomerListOptions { PageSize = -1 }) },
        { "customers.list", "options.Page", p => p.Customers.ListAsync(new CustomerListOptions { Page = 0 }) },
        { "customers.list", "options.Limit", p => p.Customers.ListAsync(new CustomerListOptions { Limit = 0 }) },
        { "customers.list", "options.Limit", p => p.Customers.ListAsync(new CustomerListOptions { Limit = 101 }) },
        { "customers.list", "options.StartingAfter", p => p.Customers.ListAsync(new CustomerListOptions { StartingAfter = " " }) },
        { "customers.list", "options.EndingBefore", p => p.Customers.ListAsync(new CustomerListOptions { EndingBefore = "" }) },
        { "customers.list", "options.Order[1]", p => p.Customers.ListAsync(new CustomerListOptions { Order = [OrderItem.Descending("created_at"), null!] }) },
        { "customers.search", "options.Query", p => p.Customers.SearchAsync(new CustomerSearchOptions { Query = " " }) },
        { "customers.search", "options", p => p.Customers.SearchAsync(null!) },
        { "products.create", "options", p => p.Products.CreateAsync(null!) },
        { "products.create", "options.Name", p => p.Products.CreateAsync(new ProductCreateOptions()) },
        { "products.create", "options.Metadata", p => p.Products.CreateAsync(new ProductCreateOptions { Name = "Plan", Metadata = LongKey }) },
        { "products.create", "options.Prices[0].UnitAmount", p => p.Products.CreateAsync(new ProductCreateOptions { Name = "Plan", Prices = [new PriceCreateOptions { Type = "one_time" }] }) },
        { "products.update", "options", p => p.Products.UpdateAsync("prod_1", new ProductUpdateOptions()) },
        { "products.update", "options.Metadata", p => p.Products.UpdateAsync("prod_1", new ProductUpdateOptions { Metadata = LongValue }) },
        { "products.list", "options.Metadata", p => p.Products.ListAsync(new ProductListOptions { Metadata = new Dictionary<string, string> { [new string('k', 41)] = "v" } }) },
        { "products.list", "options.PageSize", p => p.Products.ListAsync(new ProductListOptions { PageSize = -5 }) },
        { "products.search", "options.Query", p => p.Products.SearchAsync(new ProductSearchOptions()) },
        { "prices.create", "options", p => p.Prices.CreateAsync(null!) },
        { "prices.create", "options.UnitAmount", p => p.Prices.CreateAsync(new PriceCreateOptions { ProductId = "prod_1", Type = "one_time" }) },
        { "prices.create", "options.UnitAmount", p => p.Prices.CreateAsync(new PriceCreateOptions { ProductId = "prod_1", UnitAmount = "1,99" }) },
        { "prices.create", "options.UnitAmount", p => p.Prices.CreateAsync(new PriceCreateOptions { ProductId = "prod_1", UnitAmount = "-1" }) },
        { "prices.create", "options.ProductId", p => p.Prices.CreateAsync(new PriceCreateOptions { UnitAmount = "9.99" }) },
        { "prices.create", "options.Metadata", p => p.Prices.CreateAsync(new PriceCreateOptions { ProductId = "prod_1", UnitAmount = "9.99", Metadata = LongKey }) },
        { "prices.update", "options", p => p.Prices.UpdateAsync("price_1", new PriceUpdateOptions()) },
        { "prices.list", "options.PageSize", p => p.Prices.ListAsync(new PriceListOptions { PageSize = 101 }) },
        { "prices.search", "options.Query", p => p.Prices.SearchAsync(new PriceSearchOptions { Query = "" }) },
        { "prices.inventory", "options.Action", p => p.Prices.InventoryAsync("price_1", new PriceInventoryOptions { Quantity = 1, Action = "set" }) },
        { "prices.inventory", "options.Action", p => p.Prices.InventoryAsync("price_1", new PriceInventoryOptions { Quantity = 1 }) },
        { "prices.inventory", "options.Quantity", p => p.Prices.InventoryAsync("price_1", new PriceInventoryOptions { Quantity = 0, Action = PriceInventoryAction.Decrement }) },
        { "prices.inventory", "options", p => p.Prices.InventoryAsync("price_1", null!) },
        { "paymentCurrencies.create", "options", p => p.PaymentCurrencies.CreateAsync(null!) },
        { "paymentCurrencies.create", "options.Metadata", p => p.PaymentCurrencies.CreateAsync(new PaymentCurrencyCreateOptions { PaymentMethodId = "pm_1", Name = "Credit", Symbol = "CRD", Metadata = LongKey }) },
        { "paymentCurrencies.update", "options", p => p.PaymentCurrencies.UpdateAsync("pc_1", new PaymentCurrencyUpdateOptions()) },
        { "paymentCurrencies.updateRechargeConfig", "options", p => p.PaymentCurrencies.UpdateRechargeConfigAsync("pc_1", null!) },
        { "paymentCurrencies.checkRecurringSupport", "options.CurrencyIds", p => p.PaymentCurrencies.CheckRecurringSupportAsync(new PaymentCurrencyCheckRecurringSupportOptions { CurrencyIds = [] }) },
        { "paymentMethods.create", "options", p => p.PaymentMethods.CreateAsync(null!) },
        { "paymentMethods.create", "options.Type", p => p.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions { Name = "ArcBlock" }) },
        { "paymentMethods.update", "options", p => p.PaymentMethods.UpdateAsync("pm_1", new PaymentMethodUpdateOptions()) },
        { "settings.create", "options", p => p.Settings.CreateAsync(null!) },
        { "settings.create", "options.MountLocation", p => p.Settings.CreateAsync(new SettingCreateOptions { Type = "donate", Description = "d" }) },
        { "settings.update", "options", p => p.Settings.UpdateAsync("set_1", new SettingUpdateOptions()) },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Bad_options_are_refused_before_sending(string method, string paramName, Func<PaymentClient, Task> call)
    {
        _ = method;
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(payment));

        Assert.Equal(paramName, error.ParamName);
        Assert.Empty(WireMock.Requests(mount));
    }

    [Fact]
    public void Every_method_that_takes_options_has_a_bad_input_case()
    {
        // Found by reflection: a service method with a parameter other than its id and its cancellation token. Invoices
        // and webhook endpoints have theirs in their own test classes; customers.retrieve's option is a flag.
        var covered = BadOptions.Select(row => (string)row[0]).ToHashSet();
        var takingOptions =
            from resource in RouteConventionTests.Resources
            where resource.JsName is not ("invoices" or "webhookEndpoints")
            from method in resource.Service.GetMethods()
            where !method.Name.EndsWith("AutoPagingAsync", StringComparison.Ordinal)
            where method.GetParameters().Any(p => p.ParameterType != typeof(string) && p.ParameterType != typeof(CancellationToken))
            let name = resource.JsName + "." + RouteConventionTests.JsMethodName(method.Name)
            where name != "customers.retrieve"
            select name;

        var missing = takingOptions.Where(n => !covered.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "No bad-input case for: " + string.Join(", ", missing));
    }
}
