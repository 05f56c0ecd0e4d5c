using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// The answers of customers, products, prices, payment currencies, payment methods and settings read into their typed
/// models from schema-shaped bodies (<c>Responses/</c>, payment-types 1.27.2's fields): nested objects typed, amounts as
/// <see cref="Amount"/>, dates as <see cref="DateTimeOffset"/>, and fields the SDK does not know kept.
/// </summary>
public sealed class TypedAnswerTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    private PaymentClient Client() => NewClient(NewMount());

    [Fact]
    public async Task A_customer_comes_expanded_with_its_invoices_and_unknown_fields_kept()
    {
        using var payment = Client();

        var customer = await payment.Customers.RetrieveAsync("did:abt:z1customerdid");

        Assert.Equal(("cus_1", "z1customerdid", false), (customer.Id, customer.Did, customer.Livemode));
        Assert.Equal("inv_123", Assert.Single(customer.Invoices!).Id);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero), customer.CreatedAt);
        Assert.Equal(1, customer.ExtensionData!["future_customer_field"].GetInt32());
        IPaymentObject stored = customer;
        Assert.Equal(customer.Id, stored.Id);
    }

    [Fact]
    public async Task Overdue_invoices_sum_per_currency_as_big_integers()
    {
        using var payment = Client();

        var overdue = await payment.Customers.OverdueInvoicesAsync("cus_1");

        Assert.Equal("cus_1", overdue.Customer!.Id);
        Assert.Single(overdue.Invoices);
        var (currencyId, sum) = Assert.Single(overdue.Summary);
        Assert.Equal(overdue.Invoices[0].CurrencyId, currencyId);
        Assert.Equal("18446744073709551616", sum.Amount.ToString());
        Assert.Equal((18, "pm_arc"), (sum.Currency!.Decimal, sum.Method!.Id));
    }

    [Fact]
    public async Task A_product_comes_with_its_prices_and_a_page_with_its_count()
    {
        using var payment = Client();

        var product = await payment.Products.RetrieveAsync("prod_1");
        var page = await payment.Products.ListAsync();

        Assert.Equal(("prod_1", "Premium Plan", true), (product.Id, product.Name, product.ExtensionData!["future_product_field"].GetBoolean()));
        var price = Assert.Single(product.Prices!);
        Assert.Equal("9990000000000000000", price.UnitAmount.ToString());
        Assert.Equal(("month", 1), (price.Recurring!.Interval, price.Recurring.IntervalCount));
        Assert.Equal("ABT", product.DefaultPrice!.Currency!.Symbol);
        Assert.Equal((1, "prod_1"), (page.Count, Assert.Single(page.List).Id));
    }

    [Fact]
    public async Task A_price_comes_with_its_product_and_currency()
    {
        using var payment = Client();

        var price = await payment.Prices.RetrieveAsync("premium_monthly");
        var deleted = await payment.Prices.DeleteAsync("price_1");

        Assert.Equal(("price_1", "premium_monthly", "Premium Plan", 18), (price.Id, price.LookupKey, price.Product!.Name, price.Currency!.Decimal));
        Assert.Equal("price_1", deleted.Id);
    }

    [Fact]
    public async Task Currencies_and_methods_list_as_bare_arrays()
    {
        using var payment = Client();

        var currencies = await payment.PaymentCurrencies.ListAsync();
        var methods = await payment.PaymentMethods.ListAsync();
        var support = await payment.PaymentCurrencies.CheckRecurringSupportAsync(new PaymentCurrencyCheckRecurringSupportOptions { CurrencyIds = ["pc_abt", "pc_2"] });

        Assert.Equal(("pc_abt", 18, true), (Assert.Single(currencies).Id, currencies[0].Decimal, currencies[0].IsBaseCurrency));
        Assert.Equal(("pm_arc", "pc_abt"), (Assert.Single(methods).Id, Assert.Single(methods[0].PaymentCurrencies!).Id));
        Assert.False(support.Supported);
        Assert.Equal(("pc_2", "CRD"), (Assert.Single(support.UnsupportedCurrencies).Id, support.UnsupportedCurrencies[0].Symbol));
    }

    [Fact]
    public async Task A_setting_keeps_its_free_form_settings_and_its_delete_answers_a_message()
    {
        using var payment = Client();

        var setting = await payment.Settings.RetrieveAsync("set_1");
        var deleted = await payment.Settings.DeleteAsync("set_1");

        Assert.Equal(("donate", "blog/post-1", true), (setting.Type, setting.MountLocation, setting.Active));
        Assert.Equal("Donate", setting.Settings!["btnText"].GetString());
        Assert.Equal("5", setting.Settings["amount"].GetProperty("preset").GetString());
        Assert.Equal("Setting deleted", deleted.Message);
    }
}
