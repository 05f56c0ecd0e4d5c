using System.Text;
using PaymentSdk.Tests.Infrastructure;
using WireMock.ResponseBuilders;
using Xunit.Abstractions;

namespace PaymentSdk.Tests.Http;

/// <summary>
/// Every class of method (verb × retry class × with or without body, one method of each from the one table) against
/// every kind of failure: the exception it ends in, and how many requests reached the server. Repeatable methods make
/// 1 + 3 attempts; SentOnce methods (creates, deletes, void, returnStake, …) reach the server once. Every method of the
/// table belongs to one of these classes (<see cref="Every_method_belongs_to_a_class_the_matrix_runs"/>), and its class
/// is what its route declares (<c>RouteConventionTests</c>).
/// Statuses and the slow answer come from WireMock.Net; broken connections from <see cref="FaultServer"/>s.
/// </summary>
public class FaultMatrixTests(WireMockFixture wireMock, ITestOutputHelper output) : WireMockTestBase(wireMock)
{
    private const int MaxRetries = 3;
    private static readonly TimeSpan SlowAttemptTimeout = TimeSpan.FromSeconds(1);
    private const int SlowAnswerMilliseconds = 3000;

    /// <summary>A way to fail: a broken connection, or an answer the stub server gives below mount points starting with <c>fm-{Name}</c>.</summary>
    private sealed record Failure(string Name, ConnectionFault? Fault, Func<IResponseBuilder>? Answer, Type Expected);

    private static readonly Failure[] Failures =
    [
        new("reset", ConnectionFault.Reset, null, typeof(PaymentConnectionException)),
        new("read+close", ConnectionFault.ReadThenClose, null, typeof(PaymentConnectionException)),
        new("bad chunk", ConnectionFault.BrokenChunk, null, typeof(PaymentConnectionException)),
        new("random+close", ConnectionFault.RandomBytesThenClose, null, typeof(PaymentConnectionException)),
        new("500", null, () => Stubs.Status(500), typeof(PaymentServerException)),
        new("502", null, () => Stubs.Status(502), typeof(PaymentServerException)),
        new("503", null, () => Stubs.Status(503), typeof(PaymentServerException)),
        new("504", null, () => Stubs.Status(504), typeof(PaymentServerException)),
        new("429", null, () => Stubs.Status(429), typeof(PaymentRateLimitException)),
        new("slow>timeout", null, () => Stubs.Slow(SlowAnswerMilliseconds), typeof(PaymentTimeoutException)),
    ];

    private sealed record Cell(ApiOperation Operation, Failure Failure, IRequestLog Server, string Mount)
    {
        public Exception? Thrown { get; set; }
        public int Requests { get; set; }
        public int Promised => Operation.Idempotent ? MaxRetries + 1 : 1;
        public bool IsSlow => Failure.Expected == typeof(PaymentTimeoutException);
        public bool Holds => Thrown?.GetType() == Failure.Expected && Requests == Promised && ((PaymentException)Thrown).Attempts == Promised;
    }

    [Fact]
    public async Task Every_method_against_every_failure_keeps_the_policys_promise()
    {
        var faultServers = Failures.Where(f => f.Fault is not null).ToDictionary(f => f, f => new FaultServer(f.Fault!.Value));
        try
        {
            foreach (var failure in Failures.Where(f => f.Answer is not null)) WireMock.StubAlways(Prefix(failure), failure.Answer!());
            var cells = (from operation in ApiOperations.OnePerFaultClass
                         from failure in Failures
                         select new Cell(operation, failure, faultServers.TryGetValue(failure, out var server) ? server : WireMock, NewMount($"{Prefix(failure)}-{new string(operation.Name.Where(char.IsAsciiLetterOrDigit).ToArray())}"))).ToList();

            // The cells are independent (a mount point each), so they run together: first the quick failures, then
            // the slow ones, so that a cold start (JIT, first connections) cannot eat into an attempt's timeout
            // before its request is even sent.
            await Task.WhenAll(cells.Where(c => !c.IsSlow).Select(RunAsync));
            await Task.WhenAll(cells.Where(c => c.IsSlow).Select(RunAsync));
            await CountRequestsAsync(cells);

            var matrix = Print(cells);
            output.WriteLine(matrix);
            Assert.True(cells.All(c => c.Holds), "Cells marked ✗ broke the policy:\n" + matrix + "\n" +
                string.Join("\n", cells.Where(c => !c.Holds).Select(c => $"{c.Operation.Name} × {c.Failure.Name}: {c.Thrown?.GetType().Name}: {c.Thrown?.Message}")));
        }
        finally
        {
            foreach (var server in faultServers.Values) server.Dispose();
        }
    }

    [Fact]
    public void Every_method_belongs_to_a_class_the_matrix_runs()
    {
        var run = ApiOperations.OnePerFaultClass.Select(o => o.FaultClass).ToHashSet();

        Assert.All(ApiOperations.All, o => Assert.Contains(o.FaultClass, run));
        // Both retry classes, with and without a body, are among them.
        Assert.Contains(run, c => c.Contains("Repeatable") && c.Contains("with body"));
        Assert.Contains(run, c => c.Contains("SentOnce") && c.Contains("with body"));
        Assert.Contains(run, c => c.Contains("SentOnce") && c.Contains("no body"));
    }

    [Fact]
    public async Task The_closing_server_reveals_a_transport_that_resends()
    {
        // Without the SDK's guard, .NET re-sends a bodiless POST by itself when the server reads it and closes the
        // connection unanswered. This proves that the matrix's "1" for void and returnStake under read+close is an
        // observation the fault server's log could have contradicted.
        using var server = new FaultServer(ConnectionFault.ReadThenClose);
        var mount = NewMount("plain");
        using var http = new HttpClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri(server.BaseUrl(mount) + "/api/invoices/inv_1/void"), null));

        var sent = server.Requests(mount).Count;
        output.WriteLine($"A plain HttpClient sent one bodiless POST {sent} times.");
        Assert.True(sent > 1, "A plain HttpClient no longer re-sends on its own; the SDK's guard stays harmless.");
    }

    private static string Prefix(Failure failure) => "fm-" + new string(failure.Name.Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>Reads each cell's request log until every count has reached its promise and stayed put for a second.</summary>
    private static async Task CountRequestsAsync(List<Cell> cells)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var before = cells.Select(c => c.Requests).ToList();
            await Task.Delay(1000);
            foreach (var cell in cells) cell.Requests = cell.Server.Requests(cell.Mount).Count;
            var settled = cells.Select(c => c.Requests).SequenceEqual(before) && cells.All(c => c.Requests >= c.Promised);
            if (settled || DateTime.UtcNow > deadline) return;
        }
    }

    private async Task RunAsync(Cell cell)
    {
        using var payment = NewClient(cell.Mount, server: cell.Server, retry: r =>
        {
            r.MaxRetries = MaxRetries;
            if (cell.IsSlow) r.AttemptTimeout = SlowAttemptTimeout;
        });
        try
        {
            await cell.Operation.Call(payment);
        }
        catch (Exception e)
        {
            cell.Thrown = e;
        }
    }

    private static string Print(List<Cell> cells)
    {
        const int width = 19;
        var text = new StringBuilder();
        text.AppendLine("Fault matrix: requests that reached the server, and the exception (✓ = as the policy promises)");
        text.Append("operation".PadRight(width));
        foreach (var failure in Failures) text.Append(failure.Name.PadRight(width));
        text.AppendLine();
        foreach (var operation in ApiOperations.OnePerFaultClass)
        {
            text.Append(operation.Name.PadRight(width));
            foreach (var failure in Failures)
            {
                var cell = cells.Single(c => c.Operation == operation && c.Failure == failure);
                var outcome = cell.Thrown is null ? "ok" : cell.Thrown.GetType().Name.Replace("Payment", "").Replace("Exception", "");
                text.Append($"{cell.Requests} {outcome} {(cell.Holds ? "✓" : "✗")}".PadRight(width));
            }
            text.AppendLine();
        }
        return text.ToString();
    }
}
