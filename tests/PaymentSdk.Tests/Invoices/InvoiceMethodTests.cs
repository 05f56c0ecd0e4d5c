using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>Each of the seven invoice methods: the request the stub server received and the typed result.</summary>
public sealed class InvoiceMethodTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task RetrieveAsync_reads_the_whole_expanded_invoice()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var invoice = await payment.Invoices.RetrieveAsync("inv_123");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", request.Url);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.StartsWith("PaymentSdk/", request.Header("User-Agent"));
        Assert.Equal("", request.Body);

        Assert.Equal("inv_123", invoice.Id);
        Assert.Equal("invoice", invoice.Object);
        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
        Assert.Equal(InvoiceBillingReason.SubscriptionCreate, invoice.BillingReason);
        Assert.False(invoice.Livemode);
        Assert.Equal(BigInteger.Parse("123456789012345678901234"), invoice.Subtotal.ToBigInteger());
        Assert.Equal("12.34567890123456789", invoice.Total.ToDecimalString(invoice.PaymentCurrency!.Decimal));
        Assert.Equal(BigInteger.MinusOne * 5, invoice.EndingBalance.ToBigInteger());
        Assert.Equal(Amount.Parse("1000000000000000000"), invoice.StartingTokenBalance!["pc_abt"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), invoice.PeriodStart);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 1, 40, TimeSpan.Zero), invoice.UpdatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225700), invoice.StatusTransitions!.PaidAt);
        Assert.Equal("order_12345", invoice.Metadata!["order_id"].GetString());
        Assert.Equal(3, invoice.Metadata["priority"].GetInt32());
        Assert.Equal("42", Assert.Single(invoice.CustomFields!).Value);

        Assert.Equal("z1customerdid", invoice.Customer!.Did);
        Assert.Equal("Berlin", invoice.Customer.Address!.City);
        Assert.Equal(BigInteger.Pow(2, 64), invoice.Customer.TokenBalance!["pc_abt"].ToBigInteger());
        Assert.Equal(PaymentMethodType.Arcblock, invoice.PaymentMethod!.Type);
        Assert.Equal(PaymentIntentStatus.Succeeded, invoice.PaymentIntent!.Status);
        Assert.Null(invoice.PaymentIntent.LastPaymentError);
        Assert.Equal(SubscriptionStatus.Active, invoice.Subscription!.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1769904000), invoice.Subscription.CurrentPeriodEnd);

        var line = Assert.Single(invoice.Lines);
        Assert.Equal("invoice_item", line.Object);
        Assert.Equal(2, line.Quantity);
        Assert.Equal("Premium Plan", line.Price!.Product!.Name);
        Assert.Equal(18, line.Price.Currency!.Decimal);
        Assert.Equal(Amount.Parse("6172839450617283945"), line.Price.UnitAmount);
        Assert.Null(line.Price.Nickname);

        var discount = Assert.Single(invoice.DiscountDetails!);
        Assert.Equal(12.5m, discount.Coupon!.PercentOff);
        Assert.Equal("LAUNCH", discount.PromotionCode!.Code);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1798761600), discount.PromotionCode.ExpiresAt);
        Assert.Equal(InvoiceStatus.Void, invoice.RelatedInvoice!.Status);
        Assert.Equal(Amount.Parse("250"), Assert.Single(invoice.RelatedCreditGrants!).RemainingAmount);
        Assert.Equal(CheckoutSessionStatus.Complete, invoice.CheckoutSession!.Status);
        Assert.Null(invoice.PaymentLink);

        // Fields the SDK does not model are kept, at every depth.
        Assert.True(invoice.ExtensionData!["future_invoice_field"].GetProperty("flag").GetBoolean());
        Assert.Equal("gold", invoice.Customer.ExtensionData!["customer_loyalty_tier"].GetString());
    }

    [Fact]
    public async Task ListAsync_reads_a_page_of_expanded_invoices()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var page = await payment.Invoices.ListAsync(new InvoiceListOptions { Status = "paid,open" });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal($"/{mount}/api/invoices?status=paid%2Copen&livemode=false", request.Url);
        Assert.Equal(2, page.Count);
        Assert.Equal(new[] { "inv_a", "inv_b" }, page.List.Select(i => i.Id));
        Assert.Equal(BigInteger.Pow(2, 64) + 1, page.List[1].Total.ToBigInteger());
        Assert.Equal("Alice", page.List[0].Customer!.Name);
        Assert.Equal("Premium Plan", page.List[0].Lines[0].Price!.Product!.Name);
    }

    [Fact]
    public async Task ListAsync_filtered_by_subscription_reads_the_subscription_its_page_carries()
    {
        var mount = NewMount("subpage");
        WireMock.StubAlways(mount, Stubs.Json(200, PageWithSubscription()));
        using var payment = NewClient(mount);
        var options = new InvoiceListOptions { SubscriptionId = "sub_1" };

        InvoiceListPage page = await payment.Invoices.ListAsync(options);
        var walked = await payment.Invoices.ListAutoPagingAsync(options).CollectAsync();

        Assert.Equal($"/{mount}/api/invoices?subscription_id=sub_1&livemode=false", WireMock.Requests(mount)[0].Url);
        Assert.Equal(("sub_1", SubscriptionStatus.Active, "cus_1"), (page.Subscription!.Id, page.Subscription.Status, page.Subscription.CustomerId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1769904000), page.Subscription.CurrentPeriodEnd);
        Assert.False(page.ExtensionData?.ContainsKey("subscription") ?? false);
        Assert.Equal(2, page.Count);
        Assert.Equal(new[] { "inv_a", "inv_b" }, page.List.Select(i => i.Id));
        // Auto-paging walks the same page and yields its invoices, not the page's subscription.
        Assert.Equal(new[] { "inv_a", "inv_b" }, walked.Select(i => i.Id));
    }

    [Fact]
    public async Task Only_the_invoice_list_types_the_subscription_a_search_page_keeps_it_as_an_unknown_field()
    {
        var mount = NewMount("subpage");
        WireMock.StubAlways(mount, Stubs.Json(200, PageWithSubscription()));
        using var payment = NewClient(mount);
        using var plain = NewClient(NewMount());

        Paginated<InvoiceExpanded> found = await payment.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium" });
        var unfiltered = await plain.Invoices.ListAsync();

        Assert.Null(typeof(Paginated<InvoiceExpanded>).GetProperty("Subscription"));
        Assert.Equal("sub_1", found.ExtensionData!["subscription"].GetProperty("id").GetString());
        Assert.Null(unfiltered.Subscription);
        Assert.Equal(2, unfiltered.List.Count);
    }

    /// <summary><c>invoice-page.json</c> with the <c>subscription</c> Payment Kit adds to a list filtered by one.</summary>
    private static string PageWithSubscription()
    {
        var page = JsonNode.Parse(TestFiles.ResponseBody("invoice-page.json"))!.AsObject();
        var invoice = JsonNode.Parse(TestFiles.ResponseBody("invoice-with-discount.json"))!.AsObject();
        page["subscription"] = invoice["subscription"]!.DeepClone();
        return page.ToJsonString();
    }

    [Fact]
    public async Task SearchAsync_reads_the_matches()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var found = await payment.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium Plan" });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal($"/{mount}/api/invoices/search?q=Premium%20Plan&livemode=false", request.Url);
        var invoice = Assert.Single(found.List);
        Assert.Equal("Premium Plan renewal", invoice.Description);
    }

    [Fact]
    public async Task UpdateAsync_puts_the_metadata_as_json()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var updated = await payment.Invoices.UpdateAsync("inv_123", new InvoiceUpdateOptions
        {
            Metadata = new Dictionary<string, object?>
            {
                ["order_id"] = "order_12345",
                ["attempt"] = 2,
                ["vip"] = true,
                ["cleared"] = null,
                ["tags"] = new List<object?> { "a", 1.5 },
                ["raw"] = JsonDocument.Parse("{\"x\":[1,2]}").RootElement,
            },
        });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", request.Url);
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("{\"metadata\":{\"order_id\":\"order_12345\",\"attempt\":2,\"vip\":true,\"cleared\":null,\"tags\":[\"a\",1.5],\"raw\":{\"x\":[1,2]}}}", request.Body);
        Assert.Equal("inv_123", updated.Id);
        Assert.Equal("order_12345", updated.Metadata!["order_id"].GetString());
    }

    [Fact]
    public async Task VoidAsync_posts_without_a_body()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var voided = await payment.Invoices.VoidAsync("inv_123");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_123/void?livemode=false", request.Url);
        Assert.Equal("", request.Body);
        Assert.Null(request.Header("Content-Type"));
        Assert.Equal(InvoiceStatus.Void, voided.Status);
        Assert.True(InvoiceStatus.IsFinal(voided.Status));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767229200), voided.StatusTransitions!.VoidedAt);
    }

    [Fact]
    public async Task GetReturnStakeAsync_reads_named_fields_and_keeps_the_rest()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var stake = await payment.Invoices.GetReturnStakeAsync("inv_stake_1");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_stake_1/return-stake?livemode=false", request.Url);
        Assert.Equal("50", stake.ReturnAmount!.Value.ToDecimalString(18));
        Assert.Equal(BigInteger.Pow(10, 20), stake.Total!.Value.ToBigInteger());
        Assert.Equal("sub_1", stake.ExtensionData!["subscription_id"].GetString());
        Assert.Equal(18, stake.ExtensionData["currency"].GetProperty("decimal").GetInt32());
        Assert.Equal(stake.ReturnAmount, stake.GetAmount("return_amount"));
        Assert.Equal(Amount.Parse("123456789012345678901"), stake.GetAmount("penalty_amount")); // a JSON number, read exactly
        Assert.Null(stake.GetAmount("no_such_field"));
    }

    [Fact]
    public async Task ReturnStakeAsync_posts_once_and_reads_the_result()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var result = await payment.Invoices.ReturnStakeAsync("inv_stake_1");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_stake_1/return-stake?livemode=false", request.Url);
        Assert.Equal("", request.Body);
        Assert.True(result.Success);
        Assert.Equal("sub_1", result.SubscriptionId);
        Assert.Null(result.Error);
    }
}
