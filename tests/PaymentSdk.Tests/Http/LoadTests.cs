using System.Net.Sockets;
using PaymentSdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PaymentSdk.Tests.Http;

/// <summary>Many concurrent calls through one client while the server fails some of them.</summary>
public class LoadTests(WireMockFixture wireMock, ITestOutputHelper output) : WireMockTestBase(wireMock)
{
    private const int Calls = 2000;
    private const int InFlight = 64;

    [Fact]
    public async Task Two_thousand_lists_with_one_in_ten_503s_all_succeed_over_pooled_connections()
    {
        var mount = NewMount("load");
        // One request in ten, whichever call it belongs to, is a 503: the stub cycles through ten answers.
        var answers = new[] { Stubs.Status(503) }.Concat(Enumerable.Repeat(Stubs.Ok("invoice-page.json"), 9)).ToArray();
        WireMock.StubCycle(mount, answers);
        var connections = 0;
        using var transport = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        // Under concurrency the same call can meet the 503 again on a retry (about one chance in ten each time).
        // Three retries would leave 2000 × 10⁻⁴ ≈ 0.2 expected failures a run; six leave 2000 × 10⁻⁷.
        using var payment = new PaymentClient(NewOptions(mount, retry: r => r.MaxRetries = 6), transport);
        var correct = 0;

        await Parallel.ForEachAsync(Enumerable.Range(1, Calls), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (call, cancellationToken) =>
        {
            var page = await payment.Invoices.ListAsync(new InvoiceListOptions { Page = call % 50 + 1 }, cancellationToken);
            if (page.Count == 2 && page.List.Select(i => i.Id).SequenceEqual(["inv_a", "inv_b"])) Interlocked.Increment(ref correct);
        });

        var requests = WireMock.Requests(mount);
        var failedFirst = requests.Count - Calls;
        output.WriteLine($"{Calls} calls, {correct} correct, {requests.Count} requests ({failedFirst} answered 503 and retried), {connections} connections");
        Assert.Equal(Calls, correct);
        Assert.InRange(failedFirst, Calls / 20, Calls / 5); // about a tenth of all requests
        Assert.InRange(connections, 1, InFlight + 8);       // pooled: no connection per call, no socket exhaustion
    }
}
