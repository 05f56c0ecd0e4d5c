using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Http;

/// <summary>
/// The fault matrix is only as good as its faults: each <see cref="ConnectionFault"/>, seen by a plain
/// <see cref="HttpClient"/>, is the failure it is named after, and the request it answered is logged whole.
/// </summary>
public sealed class FaultServerTests
{
    private static readonly Uri Path = new("/m/api/invoices/inv_1?livemode=false", UriKind.Relative);

    private static HttpClient PlainClient(FaultServer server) => new(new SocketsHttpHandler()) { BaseAddress = server.Root };

    [Fact]
    public async Task Reset_resets_the_connection_after_reading_the_request()
    {
        using var server = new FaultServer(ConnectionFault.Reset);
        using var http = PlainClient(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.PutAsync(Path, new StringContent("{\"metadata\":{}}")));

        Assert.Contains(Causes(error), e => e is SocketException { SocketErrorCode: SocketError.ConnectionReset });
        var request = Assert.Single(server.Requests("m"));
        Assert.Equal(("PUT", "/m/api/invoices/inv_1?livemode=false", "{\"metadata\":{}}"), (request.Method, request.Url, request.Body));
        Assert.Equal("text/plain; charset=utf-8", request.Header("Content-Type"));
    }

    [Fact]
    public async Task Read_then_close_ends_the_connection_without_an_answer()
    {
        using var server = new FaultServer(ConnectionFault.ReadThenClose);
        using var http = PlainClient(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.PutAsync(Path, new StringContent("{}")));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.DoesNotContain(Causes(error), e => e is SocketException { SocketErrorCode: SocketError.ConnectionReset });
        Assert.Single(server.Requests("m")); // a request with content is not re-sent by the transport
    }

    [Fact]
    public async Task Broken_chunk_answers_a_head_then_a_body_that_cannot_be_read()
    {
        using var server = new FaultServer(ConnectionFault.BrokenChunk);
        using var http = PlainClient(server);

        using var response = await http.GetAsync(Path, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsStringAsync());

        Assert.True(error is HttpRequestException or IOException, error.ToString());
        Assert.Single(server.Requests("m"));
    }

    [Fact]
    public async Task Random_bytes_then_close_is_no_http_answer()
    {
        using var server = new FaultServer(ConnectionFault.RandomBytesThenClose);
        using var http = PlainClient(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.PutAsync(Path, new StringContent("{}")));

        Assert.Equal(HttpRequestError.InvalidResponse, error.HttpRequestError);
        Assert.Single(server.Requests("m"));
    }

    [Fact]
    public async Task Slow_body_sends_the_head_at_once_and_the_whole_body_over_three_seconds()
    {
        using var server = new FaultServer(ConnectionFault.SlowBody);
        using var http = PlainClient(server);
        var clock = Stopwatch.StartNew();

        using var response = await http.GetAsync(Path, HttpCompletionOption.ResponseHeadersRead);
        var head = clock.Elapsed;
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(head < TimeSpan.FromSeconds(1), $"The head took {head}.");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2.5), $"The body came whole after {clock.Elapsed}, not dribbled over 3 s.");
        Assert.Equal(TestFiles.ResponseBody("invoice-with-discount.json"), body);
        Assert.Single(server.Requests("m"));
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException) yield return e;
    }
}
