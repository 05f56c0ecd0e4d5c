using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Common;

/// <summary>
/// payment-js's <c>Pagination</c> keys beyond the page (<c>limit</c>, <c>starting_after</c>, <c>ending_before</c>,
/// <c>order</c>) on every list and search: sent after the filters as payment-js sends them, carried by auto-paging,
/// and refused where auto-paging cannot honour them.
/// </summary>
public sealed class PaginationOptionsTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    // What payment-js 1.27.2 put on the wire for customers.list({ did: 'z1customerDid', page: 2, pageSize: 20,
    // limit: 10, starting_after: 'cus_a b', ending_before: 'cus_z/ü', order: [['created_at', 'DESC'], ['name', 'ASC']] }),
    // recorded against a local HTTP server with its environment set as in Benchmarks/paymentjs/paymentjs-client.cjs.
    private const string PaymentJsCustomersList =
        "/api/customers?did=z1customerDid&page=2&pageSize=20&limit=10&starting_after=cus_a%20b&ending_before=cus_z%2F%C3%BC"
        + "&order%5B0%5D%5B0%5D=created_at&order%5B0%5D%5B1%5D=DESC&order%5B1%5D%5B0%5D=name&order%5B1%5D%5B1%5D=ASC&livemode=false";

    [Fact]
    public async Task Every_paging_key_goes_out_after_the_filters_as_payment_js_sends_it()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Customers.ListAsync(new CustomerListOptions
        {
            Did = "z1customerDid", Page = 2, PageSize = 20, Limit = 10, StartingAfter = "cus_a b", EndingBefore = "cus_z/ü",
            Order = [OrderItem.Descending("created_at"), OrderItem.Ascending("name")],
        });

        Assert.Equal("/" + mount + PaymentJsCustomersList, Assert.Single(WireMock.Requests(mount)).Url);
    }

    [Fact]
    public async Task A_search_sends_its_order_after_the_page()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Products.SearchAsync(new ProductSearchOptions { Query = "Plan", Page = 1, PageSize = 5, Order = [new OrderItem("updated_at", OrderDirection.Ascending)] });

        Assert.Equal(
            $"/{mount}/api/products/search?q=Plan&page=1&pageSize=5&order%5B0%5D%5B0%5D=updated_at&order%5B0%5D%5B1%5D=ASC&livemode=false",
            Assert.Single(WireMock.Requests(mount)).Url);
    }

    [Fact]
    public async Task An_empty_order_sends_nothing()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Prices.ListAsync(new PriceListOptions { Active = true, Order = [] });

        Assert.Equal($"/{mount}/api/prices?active=true&livemode=false", Assert.Single(WireMock.Requests(mount)).Url);
    }

    [Fact]
    public async Task Auto_paging_asks_every_page_in_the_order_given()
    {
        var mount = NewMount("paging");
        using var payment = NewClient(mount);

        var ids = new List<string>();
        await foreach (var invoice in payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 2, Order = [OrderItem.Ascending("created_at")] }))
            ids.Add(invoice.Id);

        Assert.Equal(5, ids.Count);
        Assert.Equal(
            new[] { 1, 2, 3 }.Select(p => $"/{mount}/api/invoices?page={p}&pageSize=2&order%5B0%5D%5B0%5D=created_at&order%5B0%5D%5B1%5D=ASC&livemode=false"),
            WireMock.Requests(mount).Select(r => r.Url));
    }

    public static TheoryData<string, Func<PaymentClient, IAsyncEnumerable<PaymentEntity>>> CursorsOnAutoPaging => new()
    {
        { "options.Limit", p => p.Customers.ListAutoPagingAsync(new CustomerListOptions { Limit = 10 }) },
        { "options.StartingAfter", p => p.Products.ListAutoPagingAsync(new ProductListOptions { StartingAfter = "prod_1" }) },
        { "options.EndingBefore", p => p.Invoices.SearchAutoPagingAsync(new InvoiceSearchOptions { Query = "plan", EndingBefore = "in_9" }) },
        { "options.Limit", p => p.WebhookEndpoints.ListAutoPagingAsync(new WebhookEndpointListOptions { Limit = 5 }) },
    };

    [Theory]
    [MemberData(nameof(CursorsOnAutoPaging))]
    public void Auto_paging_refuses_a_limit_or_a_cursor_when_called(string paramName, Func<PaymentClient, IAsyncEnumerable<PaymentEntity>> walk)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        // Thrown by the call itself, not when the loop starts: the enumerable is never made.
        var error = Assert.Throws<ArgumentException>(() => walk(payment));

        Assert.Equal(paramName, error.ParamName);
        Assert.Contains("Auto-paging", error.Message, StringComparison.Ordinal);
        Assert.Empty(WireMock.Requests(mount));
    }

    [Fact]
    public void A_sort_key_needs_a_field_and_a_defined_direction()
    {
        Assert.Equal("field", Assert.ThrowsAny<ArgumentException>(() => OrderItem.Descending(" ")).ParamName);
        Assert.Equal("field", Assert.ThrowsAny<ArgumentException>(() => new OrderItem(null!, OrderDirection.Ascending)).ParamName);
        Assert.Equal("direction", Assert.ThrowsAny<ArgumentException>(() => new OrderItem("created_at", (OrderDirection)7)).ParamName);
        Assert.Equal("created_at DESC", OrderItem.Descending("created_at").ToString());
        Assert.Equal(("name", OrderDirection.Ascending), (OrderItem.Ascending("name").Field, OrderItem.Ascending("name").Direction));
    }
}
