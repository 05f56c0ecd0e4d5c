using PaymentSdk.Http;
using PaymentSdk.Serialization;

namespace PaymentSdk.Tests.Http;

/// <summary>What the handlers learn about a request from the request itself.</summary>
public class RequestContextTests
{
    [Fact]
    public void A_route_that_does_not_declare_its_retry_safety_is_not_repeated()
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, "https://host/payment/api/invoices/inv_1?livemode=true");
        var operation = new Operation<Invoice>("invoices.retrieve", PaymentJsonContext.Default.Invoice);
        message.Options.Set(new HttpRequestOptionsKey<RequestContext>(RequestContext.Key), operation);

        var context = RequestContext.Of(message);

        Assert.Same(operation, context);
        Assert.Equal(Idempotency.NotIdempotent, context.Idempotency);
        Assert.Equal(("GET", "/payment/api/invoices/inv_1"), (context.Method, context.Path));
    }

    [Fact]
    public void A_route_declares_its_retry_safety_and_template_on_the_request()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://host/api/invoices/inv%2F1/void");
        var operation = new Operation<Invoice>("invoices.void", PaymentJsonContext.Default.Invoice);
        message.Options.Set(new HttpRequestOptionsKey<RequestContext>(RequestContext.Key), operation);
        message.Options.Set(new HttpRequestOptionsKey<Idempotency>(RequestContext.IdempotencyKey), Idempotency.Idempotent);
        message.Options.Set(new HttpRequestOptionsKey<string>("Refit.RelativePathTemplate"), "/api/invoices/{id}/void");

        var context = RequestContext.Of(message);

        Assert.Equal((Idempotency.Idempotent, "/api/invoices/{id}/void", "/api/invoices/inv%2F1/void"), (context.Idempotency, context.PathTemplate, context.Path));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    public void A_request_the_sdk_did_not_make_is_repeated_only_if_its_verb_is_idempotent(string verb, bool repeatable)
    {
        using var message = new HttpRequestMessage(new HttpMethod(verb), "https://host/other/thing");

        var context = RequestContext.Of(message);

        Assert.Equal(repeatable ? Idempotency.Idempotent : Idempotency.NotIdempotent, context.Idempotency);
        Assert.Same(context, RequestContext.Of(message));
    }
}
