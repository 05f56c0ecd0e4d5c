using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Client;

/// <summary>The ways to build a client, and who owns the HTTP resources in each.</summary>
public sealed class ClientConstructionTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task A_borrowed_http_client_carries_the_requests_and_is_left_open()
    {
        var mount = NewMount();
        using var http = new HttpClient();
        using (var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = WireMock.BaseUrl(mount), LiveMode = false }, http))
        {
            await payment.Invoices.RetrieveAsync("inv_123");
        }

        // Still usable after the PaymentClient is disposed: the caller owns it.
        using var response = await http.GetAsync(new Uri(WireMock.BaseUrl(mount) + "/api/invoices/inv_123"));
        Assert.Equal(2, WireMock.Requests(mount).Count);
    }

    [Fact]
    public async Task The_base_url_may_come_from_the_http_clients_base_address()
    {
        var mount = NewMount();
        using var http = new HttpClient { BaseAddress = WireMock.BaseUrl(mount) };
        using var payment = new PaymentClient(new PaymentClientOptions { LiveMode = false }, http);

        await payment.Invoices.RetrieveAsync("inv_123");

        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", WireMock.SingleRequest(mount).Url);
    }

    [Fact]
    public async Task A_borrowed_handler_carries_the_requests_and_is_left_open()
    {
        var mount = NewMount();
        using var handler = new CountingHandler(new SocketsHttpHandler());
        using (var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = WireMock.BaseUrl(mount), LiveMode = false }, handler))
        {
            await payment.Invoices.VoidAsync("inv_123");
        }
        using (var again = new PaymentClient(new PaymentClientOptions { BaseUrl = WireMock.BaseUrl(mount), LiveMode = false }, handler))
        {
            await again.Invoices.VoidAsync("inv_123");
        }

        Assert.Equal(2, handler.Count);
        Assert.Equal(2, WireMock.Requests(mount).Count);
    }

    [Fact]
    public async Task Changing_the_options_afterwards_does_not_change_the_client()
    {
        var mount = NewMount();
        var options = new PaymentClientOptions { BaseUrl = WireMock.BaseUrl(mount), LiveMode = false };
        using var payment = new PaymentClient(options);
        options.LiveMode = true;
        options.BaseUrl = new Uri("https://elsewhere.example");

        await payment.Invoices.RetrieveAsync("inv_123");

        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", WireMock.SingleRequest(mount).Url);
    }

    [Fact]
    public async Task A_disposed_client_refuses_to_send()
    {
        var mount = NewMount();
        var payment = NewClient(mount);
        payment.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => payment.Invoices.RetrieveAsync("inv_123"));
        Assert.Empty(WireMock.Requests(mount));
    }

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
