using PaymentSdk.Http;
using PaymentSdk.Serialization;

namespace PaymentSdk.Tests.Http;

/// <summary>What the handlers learn about a request from the request itself.</summary>
public class RequestContextTests
{
    [Fact]
    public void The_retry_class_is_the_operations_own_whatever_the_verb()
    {
        // A GET declared SentOnce is not repeated, a POST declared Repeatable is: the route's operation type decides, not the verb.
        using var get = new HttpRequestMessage(HttpMethod.Get, "https://host/payment/api/invoices/inv_1?livemode=true");
        var sentOnce = new SentOnce<Invoice>("invoices.retrieve");
        get.Options.Set(new HttpRequestOptionsKey<RequestContext>(RequestContext.Key), sentOnce);
        using var post = new HttpRequestMessage(HttpMethod.Post, "https://host/payment/api/invoices/inv_1/void?livemode=true");
        var repeatable = new Repeatable<Invoice>("invoices.void");
        post.Options.Set(new HttpRequestOptionsKey<RequestContext>(RequestContext.Key), repeatable);

        Assert.Same(sentOnce, RequestContext.Of(get));
        Assert.Equal(Idempotency.NotIdempotent, sentOnce.Idempotency);
        Assert.Equal(("GET", "/payment/api/invoices/inv_1"), (sentOnce.Method, sentOnce.Path));
        Assert.Same(repeatable, RequestContext.Of(post));
        Assert.Equal(Idempotency.Idempotent, repeatable.Idempotency);
    }

    [Fact]
    public void A_route_declares_its_template_on_the_request()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://host/api/invoices/inv%2F1/void");
        var operation = new SentOnce<Invoice>("invoices.void");
        message.Options.Set(new HttpRequestOptionsKey<RequestContext>(RequestContext.Key), operation);
        message.Options.Set(new HttpRequestOptionsKey<string>("Refit.RelativePathTemplate"), "/api/invoices/{id}/void");

        var context = RequestContext.Of(message);

        Assert.Equal((Idempotency.NotIdempotent, "/api/invoices/{id}/void", "/api/invoices/inv%2F1/void"), (context.Idempotency, context.PathTemplate, context.Path));
    }

    [Fact]
    public void An_operation_reads_its_answer_with_the_source_generated_metadata_of_its_type()
    {
        Assert.Same(PaymentJsonContext.Default.InvoiceWithDiscount, new Repeatable<InvoiceWithDiscount>("invoices.retrieve").Answer);
        Assert.Same(PaymentJsonContext.Default.Invoice, new SentOnce<Invoice>("invoices.void").Answer);
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
