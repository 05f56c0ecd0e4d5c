using PaymentSdk.Http;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Http;

/// <summary>
/// The remark on a failure of a method that is not repeated once it may have reached Payment Kit: it tells the caller
/// what to check before calling again, naming the method's own object.
/// </summary>
public sealed class RetryRemarkTests
{
    [Theory]
    [InlineData("invoices.void", "invoice")]
    [InlineData("invoices.returnStake", "invoice")]
    [InlineData("webhookEndpoints.create", "webhook endpoint")]
    [InlineData("webhookEndpoints.del", "webhook endpoint")]
    public async Task A_request_that_may_have_acted_says_to_check_its_own_object(string operation, string objectName)
    {
        // The connection closes once the request is read: it may have acted.
        using var server = new FaultServer(ConnectionFault.ReadThenClose);
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = server.BaseUrl("payment"), LiveMode = false });

        var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => ApiOperations.Named(operation).Call(payment));

        Assert.EndsWith($"The request may have reached Payment Kit, so it was not sent again ({operation} is not safe to repeat): check the {objectName} before calling again.", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests("payment"));
    }

    /// <summary>Every resource of payment-js 1.27.2 (methods.json's <c>jsPath</c>), in words.</summary>
    [Theory]
    [InlineData("autoRechargeConfigs", "auto recharge config")]
    [InlineData("checkout.sessions", "checkout session")]
    [InlineData("coupons", "coupon")]
    [InlineData("creditGrants", "credit grant")]
    [InlineData("creditTransactions", "credit transaction")]
    [InlineData("customers", "customer")]
    [InlineData("invoices", "invoice")]
    [InlineData("meterEvents", "meter event")]
    [InlineData("meters", "meter")]
    [InlineData("paymentCurrencies", "payment currency")]
    [InlineData("paymentIntents", "payment intent")]
    [InlineData("paymentLinks", "payment link")]
    [InlineData("paymentMethods", "payment method")]
    [InlineData("prices", "price")]
    [InlineData("products", "product")]
    [InlineData("promotionCodes", "promotion code")]
    [InlineData("refunds", "refund")]
    [InlineData("settings", "setting")]
    [InlineData("subscriptionItems", "subscription item")]
    [InlineData("subscriptions", "subscription")]
    [InlineData("webhookEndpoints", "webhook endpoint")]
    public void Every_payment_js_resource_is_named_in_words(string resource, string words)
    {
        Assert.Equal(words, RequestContext.ObjectNameOf(resource + ".create"));
    }

    [Fact]
    public void A_request_the_sdk_did_not_make_names_no_object()
    {
        Assert.Null(RequestContext.ObjectNameOf("POST"));
    }
}
