using System.Text.Json;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.WebhookEndpoints;

/// <summary>Each of payment-js's five <c>webhookEndpoints</c> methods: the request the stub server received and the typed result.</summary>
public sealed class WebhookEndpointMethodTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task CreateAsync_posts_the_endpoint_as_json()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var endpoint = await payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = "https://shop.example/payment/callback",
            EnabledEvents = [PaymentEventTypes.InvoicePaid, PaymentEventTypes.InvoiceVoided],
            Description = "Shop orders",
            Metadata = new Dictionary<string, object?> { ["team"] = "billing", ["priority"] = 2 },
        });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal(("POST", $"/{mount}/api/webhook-endpoints?livemode=false"), (request.Method, request.Url));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"url":"https://shop.example/payment/callback","enabled_events":["invoice.paid","invoice.voided"],"description":"Shop orders","metadata":{"team":"billing","priority":2}}""", request.Body);
        Assert.Equal(("we_1", WebhookEndpointStatus.Enabled, "api"), (endpoint.Id, endpoint.Status, endpoint.CreatedVia));
        Assert.Equal(["invoice.paid", "invoice.voided"], endpoint.EnabledEvents);
        Assert.Equal("billing", endpoint.Metadata!["team"].GetString());
        Assert.Equal(7, endpoint.ExtensionData!["future_endpoint_field"].GetInt32());
    }

    [Fact]
    public async Task RetrieveAsync_reads_the_endpoint_with_its_attempts()
    {
        var mount = NewMount();
        using var payment = NewClient(mount, liveMode: true);

        var endpoint = await payment.WebhookEndpoints.RetrieveAsync("we/1");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal(("GET", $"/{mount}/api/webhook-endpoints/we%2F1?livemode=true", ""), (request.Method, request.Url, request.Body));
        Assert.Equal("webhook_endpoint", endpoint.Object);
        var attempt = Assert.Single(endpoint.Attempts!);
        Assert.Equal(("failed", 500, 2, "evt_1"), (attempt.Status, attempt.ResponseStatus, attempt.RetryCount, attempt.EventId));
        Assert.Equal("boom", attempt.ResponseBody!.Value.GetProperty("error").GetString());
    }

    [Fact]
    public async Task UpdateAsync_puts_only_what_is_set()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.WebhookEndpoints.UpdateAsync("we_1", new WebhookEndpointUpdateOptions { Status = WebhookEndpointStatus.Disabled, EnabledEvents = [PaymentEventTypes.InvoicePaid] });

        var request = WireMock.SingleRequest(mount);
        Assert.Equal(("PUT", $"/{mount}/api/webhook-endpoints/we_1?livemode=false"), (request.Method, request.Url));
        Assert.Equal("""{"enabled_events":["invoice.paid"],"status":"disabled"}""", request.Body);
    }

    [Fact]
    public async Task ListAsync_and_auto_paging_send_page_and_page_size()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var page = await payment.WebhookEndpoints.ListAsync(new WebhookEndpointListOptions { Page = 2, PageSize = 5 });
        var all = await payment.WebhookEndpoints.ListAutoPagingAsync().CollectAsync();

        Assert.Equal(
            [$"/{mount}/api/webhook-endpoints?page=2&pageSize=5&livemode=false", $"/{mount}/api/webhook-endpoints?page=1&pageSize=20&livemode=false"],
            WireMock.Requests(mount).Select(r => r.Url));
        Assert.Equal(1, page.Count);
        Assert.Equal("we_1", Assert.Single(all).Id);
    }

    [Fact]
    public async Task DeleteAsync_sends_delete_without_a_body()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var deleted = await payment.WebhookEndpoints.DeleteAsync("we_1");

        var request = WireMock.SingleRequest(mount);
        Assert.Equal(("DELETE", $"/{mount}/api/webhook-endpoints/we_1?livemode=false", ""), (request.Method, request.Url, request.Body));
        Assert.Equal("we_1", deleted.Id);
    }

    public static TheoryData<string, Func<IWebhookEndpointService, Task>> BadInput => new()
    {
        { "options", s => s.CreateAsync(null!) },
        { "options.Url", s => s.CreateAsync(new WebhookEndpointCreateOptions { EnabledEvents = ["invoice.paid"] }) },
        { "options.Url", s => s.CreateAsync(new WebhookEndpointCreateOptions { Url = "/relative", EnabledEvents = ["invoice.paid"] }) },
        { "options.Url", s => s.CreateAsync(new WebhookEndpointCreateOptions { Url = "ftp://shop.example/x", EnabledEvents = ["invoice.paid"] }) },
        { "options.EnabledEvents", s => s.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://shop.example" }) },
        { "options.EnabledEvents", s => s.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://shop.example", EnabledEvents = [] }) },
        { "options.EnabledEvents", s => s.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://shop.example", EnabledEvents = [" "] }) },
        { "options.Metadata", s => s.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://shop.example", EnabledEvents = ["invoice.paid"], Metadata = new Dictionary<string, object?> { [new string('k', 41)] = "v" } }) },
        { "options", s => s.UpdateAsync("we_1", new WebhookEndpointUpdateOptions()) },
        { "options.Status", s => s.UpdateAsync("we_1", new WebhookEndpointUpdateOptions { Status = "" }) },
        { "id", s => s.UpdateAsync(" ", new WebhookEndpointUpdateOptions { Status = "disabled" }) },
        { "id", s => s.RetrieveAsync("..") },
        { "id", s => s.DeleteAsync(null!) },
        { "options.PageSize", s => s.ListAsync(new WebhookEndpointListOptions { PageSize = 101 }) },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_rejected_before_sending(string paramName, Func<IWebhookEndpointService, Task> call)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(payment.WebhookEndpoints));

        Assert.Equal(paramName, error.ParamName);
        Assert.Empty(WireMock.Requests(mount));
    }

    [Fact]
    public async Task An_error_answer_is_the_typed_exception_of_its_status()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Json(400, """{"error":"\"url\" must be a valid uri"}"""));
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = "https://x.example", EnabledEvents = ["invoice.paid"] }));

        Assert.Equal(("\"url\" must be a valid uri", "POST", $"/{mount}/api/webhook-endpoints"), (error.ServerMessage, error.Method, error.RequestPath));
        Assert.Single(WireMock.Requests(mount));
    }
}
