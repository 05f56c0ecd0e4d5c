using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// A raw TCP server on a free loopback port for the failures WireMock.Net cannot fake (its
/// <c>EMPTY_RESPONSE</c> fault answers 200 with an empty body and keeps the connection): it reads each
/// request whole (head and <c>Content-Length</c> body), logs it, then does exactly what
/// <see cref="ConnectionFault"/> says, one request per connection.
/// </summary>
public sealed class FaultServer : IRequestLog, IDisposable
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<LoggedRequest> _requests = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private readonly ConnectionFault _fault;
    private readonly Func<LoggedRequest, Stream, CancellationToken, Task>? _answer;

    public FaultServer(ConnectionFault fault)
    {
        _fault = fault;
        _listener.Start();
        Root = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    /// <summary>
    /// A server that answers each request as <paramref name="answer"/> writes it, byte for byte, to the connection (then
    /// closes it): for the answers no well-behaved server library would send. Writing ends quietly when the client
    /// stops reading.
    /// </summary>
    public FaultServer(Func<LoggedRequest, Stream, CancellationToken, Task> answer) : this(ConnectionFault.Scripted) => _answer = answer;

    /// <summary>How many connections were accepted (one request each).</summary>
    public int Connections => _accepted;

    private int _accepted;

    /// <inheritdoc />
    public Uri Root { get; }

    /// <inheritdoc />
    public IEnumerable<LoggedRequest> AllRequests => _requests;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var connection in _connections.Keys) connection.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _connections[connection] = 0;
            Interlocked.Increment(ref _accepted);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        try
        {
            var stream = connection.GetStream();
            if (await ReadRequestAsync(stream) is not { } request) return;
            _requests.Enqueue(request);
            await MisbehaveAsync(connection, stream, request);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client gave up first (its timeout, or the test is over): nothing more to do.
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            connection.Dispose();
        }
    }

    private async Task MisbehaveAsync(TcpClient connection, NetworkStream stream, LoggedRequest request)
    {
        switch (_fault)
        {
            case ConnectionFault.Scripted:
                await _answer!(request, stream, _stop.Token);
                connection.Client.Shutdown(SocketShutdown.Both);
                break;
            case ConnectionFault.Reset:
                connection.Client.LingerState = new LingerOption(enable: true, seconds: 0);
                connection.Client.Close();
                break;
            case ConnectionFault.ReadThenClose:
                connection.Client.Shutdown(SocketShutdown.Both);
                break;
            case ConnectionFault.BrokenChunk:
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz-not-a-size\r\n{\"id\":"u8.ToArray(), _stop.Token);
                connection.Client.Shutdown(SocketShutdown.Both);
                break;
            case ConnectionFault.RandomBytesThenClose:
                var noise = new byte[256];
                new Random(13).NextBytes(noise);
                await stream.WriteAsync(noise, _stop.Token);
                connection.Client.Shutdown(SocketShutdown.Both);
                break;
            case ConnectionFault.SlowBody:
                var body = Encoding.UTF8.GetBytes(TestFiles.ResponseBody("invoice-with-discount.json"));
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), _stop.Token);
                const int pieces = 20;
                var size = (body.Length + pieces - 1) / pieces;
                for (var offset = 0; offset < body.Length; offset += size)
                {
                    await Task.Delay(3000 / pieces, _stop.Token);
                    await stream.WriteAsync(body.AsMemory(offset, Math.Min(size, body.Length - offset)), _stop.Token);
                }
                connection.Client.Shutdown(SocketShutdown.Both);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(_fault), _fault, null);
        }
    }

    /// <summary>The request on <paramref name="stream"/>, or null if the connection closed before its head was whole.</summary>
    private async Task<LoggedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headLength;
        while ((headLength = IndexOf(received, HeadEnd)) < 0)
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0) return null;
            received.AddRange(buffer.AsSpan(0, read));
        }
        var receivedAt = DateTime.UtcNow;
        var lines = Encoding.Latin1.GetString(received.GetRange(0, headLength).ToArray()).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + "," + value : value;
        }
        if (headers.ContainsKey("transfer-encoding")) throw new NotSupportedException("The fault server reads bodies with a Content-Length only.");
        var length = headers.TryGetValue("content-length", out var declared) ? int.Parse(declared, CultureInfo.InvariantCulture) : 0;
        var body = received.Skip(headLength + HeadEnd.Length).ToList();
        while (body.Count < length)
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0) return null;
            body.AddRange(buffer.AsSpan(0, read));
        }
        return new LoggedRequest(requestLine[0], requestLine[1], LoggedRequest.BodyText([.. body]), headers, receivedAt);
    }

    private static int IndexOf(List<byte> data, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= data.Count; i++)
        {
            var match = true;
            for (var j = 0; j < pattern.Length && match; j++) match = data[i + j] == pattern[j];
            if (match) return i;
        }
        return -1;
    }
}
