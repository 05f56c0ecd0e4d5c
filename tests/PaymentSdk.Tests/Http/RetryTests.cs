using System.Net;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Http;

/// <summary>The retry policy as the stub server's request log sees it: what reached the server, how often, and when.</summary>
public class RetryTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    /// <summary>
    /// The stub server stamps each request once it has read it, so the gap between two stamps can be a
    /// few milliseconds shorter than the client's wait (measured: 298.9 ms for a 300 ms wait).
    /// </summary>
    private const double StampSlackMilliseconds = 25;

    [Fact]
    public async Task Two_503s_then_a_200_succeed_in_exactly_three_requests()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503), Stubs.Status(503), Stubs.Ok("invoice-with-discount.json"));
        using var payment = NewClient(mount);

        var invoice = await payment.Invoices.RetrieveAsync("inv_1");

        Assert.False(string.IsNullOrEmpty(invoice.Id));
        var requests = WireMock.Requests(mount);
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal($"/{mount}/api/invoices/inv_1?livemode=false", r.Url));
    }

    [Fact]
    public async Task Retry_after_on_a_429_is_waited_for()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(429, retryAfter: "1"), Stubs.Ok("invoice-page.json"));
        using var payment = NewClient(mount); // backoff alone would wait at most 20 ms

        await payment.Invoices.ListAsync();

        var requests = WireMock.Requests(mount);
        Assert.Equal(2, requests.Count);
        var gap = (requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds;
        Assert.True(gap >= 1000 - StampSlackMilliseconds, $"The retry came {gap:F0} ms after the 429, before the 1 s its Retry-After asked for.");
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_is_cut_to_the_cap()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503, retryAfter: "3600"), Stubs.Ok("invoice-page.json"));
        using var payment = NewClient(mount, retry: r => r.MaxRetryAfter = TimeSpan.FromMilliseconds(300));

        await payment.Invoices.ListAsync();

        var requests = WireMock.Requests(mount);
        Assert.Equal(2, requests.Count);
        var gap = (requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds;
        Assert.InRange(gap, 300 - StampSlackMilliseconds, 60_000); // waited the cap, not the hour
    }

    public static TheoryData<string, int> FinalStatuses()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in ApiOperations.All)
        {
            data.Add(operation.Name, 400);
            data.Add(operation.Name, 404);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FinalStatuses))]
    public async Task A_400_or_404_is_sent_exactly_once(string operation, int status)
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(status), Stubs.Ok("invoice-with-discount.json"));
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<PaymentApiException>(() => ApiOperations.Named(operation).Call(payment));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.Single(WireMock.Requests(mount));
    }

    [Fact]
    public async Task An_update_is_retried_with_the_same_body_and_headers()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(502), Stubs.Ok("invoice-updated.json"));
        using var payment = NewClient(mount);

        await payment.Invoices.UpdateAsync("inv_1", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_1" } });

        var requests = WireMock.Requests(mount);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("PUT", r.Method);
            Assert.Equal("""{"metadata":{"order":"o_1"}}""", r.Body);
            Assert.Equal("application/json", r.Header("Content-Type"));
        });
    }

    [Fact]
    public async Task Max_retries_zero_turns_retries_off()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json"));
        using var payment = NewClient(mount, retry: r => r.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<PaymentServerException>(() => payment.Invoices.RetrieveAsync("inv_1"));

        Assert.Equal(1, error.Attempts);
        Assert.Single(WireMock.Requests(mount));
    }

    [Fact]
    public async Task Exhausted_retries_throw_the_last_failure_with_the_attempt_count()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(500), Stubs.Status(502), Stubs.Status(504));
        using var payment = NewClient(mount, retry: r => r.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<PaymentServerException>(() => payment.Invoices.ListAsync());

        Assert.Equal(HttpStatusCode.GatewayTimeout, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("Gave up after 3 attempts", error.Message);
        Assert.Equal(3, WireMock.Requests(mount).Count);
    }



    [Fact]
    public async Task A_borrowed_http_client_is_retried_too()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json"));
        using var http = new HttpClient();
        using var payment = new PaymentClient(NewOptions(mount), http);

        await payment.Invoices.RetrieveAsync("inv_1");

        Assert.Equal(2, WireMock.Requests(mount).Count);
    }

}
