using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Wire;

/// <summary>The retry policy as WireMock's journal sees it: what reached the server, how often, and when.</summary>
public class RetryTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task Two_503s_then_a_200_succeed_in_exactly_three_requests()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(503), Stubs.Status(503), Stubs.Ok("invoice-with-discount.json")));
        using var payment = NewClient(mount);

        var invoice = await payment.Invoices.RetrieveAsync("inv_1");

        Assert.False(string.IsNullOrEmpty(invoice.Id));
        var requests = await WireMock.RequestsAsync(mount);
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal($"/{mount}/api/invoices/inv_1?livemode=false", r.Url));
    }

    [Fact]
    public async Task Retry_after_on_a_429_is_waited_for()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(429, retryAfter: "1"), Stubs.Ok("invoice-page.json")));
        using var payment = NewClient(mount); // backoff alone would wait at most 20 ms

        await payment.Invoices.ListAsync();

        var requests = await WireMock.RequestsAsync(mount);
        Assert.Equal(2, requests.Count);
        var gap = requests[1].LoggedAt - requests[0].LoggedAt;
        Assert.True(gap >= 1000, $"The retry came {gap} ms after the 429, before the 1 s its Retry-After asked for.");
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_is_cut_to_the_cap()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(503, retryAfter: "3600"), Stubs.Ok("invoice-page.json")));
        using var payment = NewClient(mount, retry: r => r.MaxRetryAfter = TimeSpan.FromMilliseconds(300));

        await payment.Invoices.ListAsync();

        var requests = await WireMock.RequestsAsync(mount);
        Assert.Equal(2, requests.Count);
        var gap = requests[1].LoggedAt - requests[0].LoggedAt;
        Assert.InRange(gap, 300, 60_000); // waited the cap, not the hour
    }

    public static TheoryData<string, int> FinalStatuses()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in InvoiceOperations.All)
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
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(status), Stubs.Ok("invoice-with-discount.json")));
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<PaymentApiException>(() => InvoiceOperations.Named(operation).Call(payment.Invoices));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.Single(await WireMock.RequestsAsync(mount));
    }

    [Fact]
    public async Task An_update_is_retried_with_the_same_body_and_headers()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(502), Stubs.Ok("invoice-updated.json")));
        using var payment = NewClient(mount);

        await payment.Invoices.UpdateAsync("inv_1", new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_1" } });

        var requests = await WireMock.RequestsAsync(mount);
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
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json")));
        using var payment = NewClient(mount, retry: r => r.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<PaymentServerException>(() => payment.Invoices.RetrieveAsync("inv_1"));

        Assert.Equal(1, error.Attempts);
        Assert.Single(await WireMock.RequestsAsync(mount));
    }

    [Fact]
    public async Task Exhausted_retries_throw_the_last_failure_with_the_attempt_count()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(500), Stubs.Status(502), Stubs.Status(504)));
        using var payment = NewClient(mount, retry: r => r.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<PaymentServerException>(() => payment.Invoices.ListAsync());

        Assert.Equal(HttpStatusCode.GatewayTimeout, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("Gave up after 3 attempts", error.Message);
        Assert.Equal(3, (await WireMock.RequestsAsync(mount)).Count);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_wait_stops_at_once()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json")));
        using var payment = NewClient(mount, retry: r => { r.InitialDelay = TimeSpan.FromSeconds(30); r.MaxDelay = TimeSpan.FromSeconds(30); r.UseJitter = false; });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => payment.Invoices.RetrieveAsync("inv_1", cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"Cancellation took {clock.Elapsed}; the backoff wait was 30 s.");
        Assert.Single(await WireMock.RequestsAsync(mount));
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_across_attempts()
    {
        var mount = NewMount("slow");
        await WireMock.StubAsync(Stubs.Always("slow", """{"status": 200, "fixedDelayMilliseconds": 1500, "jsonBody": {}}"""));
        using var payment = NewClient(mount, retry: r => { r.AttemptTimeout = TimeSpan.FromMilliseconds(300); r.TotalTimeout = TimeSpan.FromMilliseconds(800); });

        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.RetrieveAsync("inv_1"));

        Assert.Equal(TimeSpan.FromMilliseconds(800), error.Timeout);
        Assert.InRange(error.Attempts, 2, 3);
    }

    [Fact]
    public async Task A_borrowed_http_client_is_retried_too()
    {
        var mount = NewMount("seq");
        await WireMock.StubAsync(Stubs.Sequence(mount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json")));
        using var http = new HttpClient();
        using var payment = new PaymentClient(NewOptions(mount), http);

        await payment.Invoices.RetrieveAsync("inv_1");

        Assert.Equal(2, (await WireMock.RequestsAsync(mount)).Count);
    }

    [Fact]
    public async Task A_borrowed_http_clients_timeout_counts_as_an_attempt_timeout()
    {
        var mount = NewMount("slow");
        await WireMock.StubAsync(Stubs.Always("slow", """{"status": 200, "fixedDelayMilliseconds": 1500, "jsonBody": {}}"""));
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(250) };
        using var payment = new PaymentClient(NewOptions(mount, retry: r => r.MaxRetries = 1), http);

        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.ListAsync());

        Assert.Null(error.Timeout); // the HttpClient's, not the SDK's
        Assert.Equal(2, error.Attempts);
    }

    [Theory]
    [InlineData("retrieve")]
    [InlineData("void")]
    public async Task Connection_refused_is_retried_for_get_and_post_alike(string operation)
    {
        // Nothing listens on a port just released: every connect is refused, so nothing was ever sent.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var payment = new PaymentClient(new PaymentClientOptions
        {
            BaseUrl = new Uri($"http://127.0.0.1:{port}/payment"),
            Retry = { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        });

        var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => InvoiceOperations.Named(operation).Call(payment.Invoices));

        Assert.Equal(4, error.Attempts);
        Assert.Contains("Gave up after 4 attempts", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        if (operation == "void") Assert.Contains("never reached Payment Kit", error.Message);
    }

    [Fact]
    public async Task A_connect_timeout_is_retried_even_for_void()
    {
        // A listener that never accepts, with its backlog filled: the next connect hangs.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endPoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                try { filler.Connect(endPoint); } catch (SocketException) { } // in progress
                fillers.Add(filler);
            }
            using var payment = new PaymentClient(new PaymentClientOptions
            {
                BaseUrl = new Uri($"http://127.0.0.1:{endPoint.Port}/payment"),
                Retry = { MaxRetries = 2, ConnectTimeout = TimeSpan.FromMilliseconds(200), InitialDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromSeconds(20) },
            });

            var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => payment.Invoices.VoidAsync("inv_1"));

            Assert.Equal(3, error.Attempts);
            Assert.Contains("never reached Payment Kit", error.Message);
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }
}
