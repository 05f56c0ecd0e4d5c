using System.Net;
using System.Net.Sockets;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Http;

/// <summary>Connections that fail (reset, refused, never accepted): the exception, and which of them are retried.</summary>
public sealed class ConnectionFailureTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task A_reset_connection_is_a_connection_exception()
    {
        var mount = NewMount();
        using var server = new FaultServer(ConnectionFault.Reset);
        using var payment = NewClient(mount, retry: r => r.MaxRetries = 0, server: server);

        var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => payment.Invoices.RetrieveAsync("inv_reset"));

        Assert.Equal("GET", error.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_reset", error.RequestPath);
        Assert.NotNull(error.InnerException);
        Assert.Single(server.Requests(mount));
    }

    [Fact]
    public async Task A_refused_connection_is_a_connection_exception()
    {
        using var payment = new PaymentClient(new PaymentClientOptions
        {
            BaseUrl = RefusingAddress.Create(),
            LiveMode = false,
            Retry = { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        });

        var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => payment.Invoices.VoidAsync("inv_123"));

        Assert.Equal("/payment/api/invoices/inv_123/void", error.RequestPath);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Theory]
    [InlineData("invoices.retrieve")]
    [InlineData("invoices.void")]
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

        var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => ApiOperations.Named(operation).Call(payment));

        Assert.Equal(4, error.Attempts);
        Assert.Contains("Gave up after 4 attempts", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        if (operation == "invoices.void") Assert.Contains("never reached Payment Kit", error.Message);
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
