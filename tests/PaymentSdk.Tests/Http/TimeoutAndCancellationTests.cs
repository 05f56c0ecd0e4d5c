using System.Diagnostics;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Http;

/// <summary>The SDK's timeouts (per attempt, in total, a borrowed client's own) and the caller's cancellation, against slow servers.</summary>
public sealed class TimeoutAndCancellationTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task The_sdk_timeout_is_a_timeout_exception()
    {
        var mount = NewMount();
        using var payment = NewClient(mount, retry: r => { r.AttemptTimeout = TimeSpan.FromMilliseconds(300); r.MaxRetries = 0; });

        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.RetrieveAsync("inv_slow"));

        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.Contains("0.3 s", error.Message);
    }

    [Fact]
    public async Task The_sdk_timeout_covers_reading_the_body()
    {
        var mount = NewMount();
        using var server = new FaultServer(ConnectionFault.SlowBody);
        using var payment = NewClient(mount, retry: r => { r.AttemptTimeout = TimeSpan.FromSeconds(1); r.MaxRetries = 0; }, server: server);

        // The head comes at once; the body trickles in over 3 s.
        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.RetrieveAsync("inv_123"));

        Assert.Equal(TimeSpan.FromSeconds(1), error.Timeout);
        Assert.Single(server.Requests(mount));
    }

    [Fact]
    public async Task A_borrowed_http_clients_timeout_is_a_timeout_exception()
    {
        var mount = NewMount();
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        using var payment = new PaymentClient(NewOptions(mount, retry: r => r.MaxRetries = 0), http);

        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.RetrieveAsync("inv_slow"));

        Assert.Null(error.Timeout);
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_across_attempts()
    {
        var mount = NewMount("slow");
        WireMock.StubAlways("slow", Stubs.Slow(1500));
        using var payment = NewClient(mount, retry: r => { r.AttemptTimeout = TimeSpan.FromMilliseconds(300); r.TotalTimeout = TimeSpan.FromMilliseconds(800); });

        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.RetrieveAsync("inv_1"));

        Assert.Equal(TimeSpan.FromMilliseconds(800), error.Timeout);
        Assert.InRange(error.Attempts, 2, 3);
    }

    [Fact]
    public async Task A_borrowed_http_clients_timeout_counts_as_an_attempt_timeout()
    {
        var mount = NewMount("slow");
        WireMock.StubAlways("slow", Stubs.Slow(1500));
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(250) };
        using var payment = new PaymentClient(NewOptions(mount, retry: r => r.MaxRetries = 1), http);

        var error = await Assert.ThrowsAsync<PaymentTimeoutException>(() => payment.Invoices.ListAsync());

        Assert.Null(error.Timeout); // the HttpClient's, not the SDK's
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_wait_stops_at_once()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503), Stubs.Ok("invoice-with-discount.json"));
        using var payment = NewClient(mount, retry: r => { r.InitialDelay = TimeSpan.FromSeconds(30); r.MaxDelay = TimeSpan.FromSeconds(30); r.UseJitter = false; });
        using var cancel = new CancellationTokenSource();

        // Cancelled once the first attempt has been answered (503), so during the 30 s wait: not at a fixed time,
        // which a slow host could reach before the first request is even sent.
        var call = payment.Invoices.RetrieveAsync("inv_1", cancel.Token);
        using (var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            while (WireMock.Requests(mount).Count == 0 && !call.IsCompleted) await Task.Delay(10, waiting.Token);
        await Task.Delay(100);
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"Cancellation took {clock.Elapsed}; the backoff wait was 30 s.");
        Assert.Single(WireMock.Requests(mount));
    }

    [Fact]
    public async Task A_request_in_flight_is_cancelled_too()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // inv_slow answers after 3 s; the caller's token fires first and stays a cancellation.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => payment.Invoices.RetrieveAsync("inv_slow", cancellation.Token));
        Assert.True(cancellation.IsCancellationRequested);
    }
}
