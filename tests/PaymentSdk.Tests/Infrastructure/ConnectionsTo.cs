using System.Net;
using System.Net.Sockets;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Transports for clients whose URLs name hosts that do not exist here.</summary>
public static class ConnectionsTo
{
    /// <summary>
    /// A transport whose every connection goes to <paramref name="server"/>, whatever host and port the
    /// request's URL names: the request target and the <c>Host</c> header still say where the client
    /// meant to go, and the server logs both.
    /// </summary>
    public static SocketsHttpHandler Server(IRequestLog server) => new()
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(server.Root.Host), server.Root.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
