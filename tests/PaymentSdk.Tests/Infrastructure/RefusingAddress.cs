using System.Net;
using System.Net.Sockets;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>An address nothing listens at, so every connect is refused.</summary>
internal static class RefusingAddress
{
    /// <summary>A loopback port that was free a moment ago, with <paramref name="path"/>.</summary>
    public static Uri Create(string path = "/payment")
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}{path}");
    }
}
