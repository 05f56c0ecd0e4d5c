using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>
/// The three requests observed from payment-js 1.27.2 (shared/wire-contract.md), reproduced to the
/// exact query string as the stub server received it, and every list filter in payment-js's order. The
/// only bytes that differ from payment-js's are those of <c>! ' ( ) *</c> in values, which the SDK (Refit)
/// escapes and payment-js does not.
/// </summary>
public sealed class PaymentJsParityTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task List_sends_the_same_query_as_payment_js()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Invoices.ListAsync(new InvoiceListOptions
        {
            Status = "paid,open",
            CustomerId = "cus_1",
            IgnoreZero = true,
            IncludeStaking = true,
            Metadata = new Dictionary<string, string> { ["order_id"] = "o 1" },
            Page = 2,
            PageSize = 10,
        });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/{mount}/api/invoices?status=paid%2Copen&customer_id=cus_1&ignore_zero=true&include_staking=true&metadata.order_id=o%201&page=2&pageSize=10&livemode=false", request.Url);
    }

    [Fact]
    public async Task Search_sends_q_like_payment_js()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Invoices.SearchAsync(new InvoiceSearchOptions { Query = "Premium Plan", Page = 1, PageSize = 5 });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/{mount}/api/invoices/search?q=Premium%20Plan&page=1&pageSize=5&livemode=false", request.Url);
    }

    [Fact]
    public async Task Retrieve_sends_only_livemode()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Invoices.RetrieveAsync("inv_123");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", request.Url);
    }

    [Fact]
    public async Task Every_list_filter_goes_out_in_the_documented_order()
    {
        var mount = NewMount();
        using var payment = NewClient(mount, liveMode: true);

        await payment.Invoices.ListAsync(new InvoiceListOptions
        {
            PageSize = 10,
            Page = 2,
            Metadata = new Dictionary<string, string> { ["order_id"] = "o 1", ["note"] = "a&b=c/d?é'()!*~" },
            IncludeRecoveredFrom = false,
            IncludeOverdraftProtection = true,
            IncludeReturnStaking = false,
            IncludeStaking = true,
            IgnoreZero = true,
            CurrencyId = "pc_1",
            SubscriptionId = "sub_1",
            CustomerDid = "z1abc",
            CustomerId = "cus_1",
            Status = "paid,open",
        });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal(
            "status=paid%2Copen&customer_id=cus_1&customer_did=z1abc&subscription_id=sub_1&currency_id=pc_1&ignore_zero=true" +
            "&include_staking=true&include_return_staking=false&include_overdraft_protection=true&include_recovered_from=false" +
            "&metadata.order_id=o%201&metadata.note=a%26b%3Dc%2Fd%3F%C3%A9%27%28%29%21%2A~&page=2&pageSize=10&livemode=true",
            request.Query);
    }

    [Fact]
    public void The_sdks_escaping_and_payment_jss_decode_to_the_same_values()
    {
        // Refit escapes with Uri.EscapeDataString (RFC 3986); payment-js with encodeURIComponent, which leaves ! ' ( ) * bare.
        // A server decodes both alike, and a component signature covers the decoded values.
        const string value = "a&b=c/d?é'()!*~ +%";
        var sdk = "note=" + Uri.EscapeDataString(value);
        var paymentJs = "note=" + UriComponent.Encode(value, "value");

        Assert.NotEqual(sdk, paymentJs);
        Assert.Equal(value, System.Web.HttpUtility.ParseQueryString(sdk)["note"]);
        Assert.Equal(value, System.Web.HttpUtility.ParseQueryString(paymentJs)["note"]);
    }

    [Fact]
    public async Task List_without_options_sends_only_livemode()
    {
        var mount = NewMount();
        using var payment = NewClient(mount, liveMode: true);

        await payment.Invoices.ListAsync();

        var request = WireMock.SingleRequest(mount);
        Assert.Equal($"/{mount}/api/invoices?livemode=true", request.Url);
    }
}
