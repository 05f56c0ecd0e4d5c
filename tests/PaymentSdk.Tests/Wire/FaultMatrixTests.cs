using System.Text;
using PaymentSdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PaymentSdk.Tests.Wire;

/// <summary>
/// Every invoice method against every kind of failure: the exception it ends in, and how many requests
/// reached the server. Idempotent methods make 1 + 3 attempts; void and returnStake reach the server once.
/// </summary>
public class FaultMatrixTests(WireMockFixture wireMock, ITestOutputHelper output) : WireMockTestBase(wireMock)
{
    private const int MaxRetries = 3;
    private static readonly TimeSpan SlowAttemptTimeout = TimeSpan.FromSeconds(1);
    private const int SlowAnswerMilliseconds = 3000;

    private sealed record Failure(string Name, string Prefix, string Response, Type Expected);

    private static readonly Failure[] Failures =
    [
        new("CONNECTION_RESET_BY_PEER", "fm-reset", Stubs.Fault("CONNECTION_RESET_BY_PEER"), typeof(PaymentConnectionException)),
        new("EMPTY_RESPONSE", "fm-empty", Stubs.Fault("EMPTY_RESPONSE"), typeof(PaymentConnectionException)),
        new("MALFORMED_RESPONSE_CHUNK", "fm-malformed", Stubs.Fault("MALFORMED_RESPONSE_CHUNK"), typeof(PaymentConnectionException)),
        new("RANDOM_DATA_THEN_CLOSE", "fm-random", Stubs.Fault("RANDOM_DATA_THEN_CLOSE"), typeof(PaymentConnectionException)),
        new("500", "fm-500", Stubs.Status(500), typeof(PaymentServerException)),
        new("502", "fm-502", Stubs.Status(502), typeof(PaymentServerException)),
        new("503", "fm-503", Stubs.Status(503), typeof(PaymentServerException)),
        new("504", "fm-504", Stubs.Status(504), typeof(PaymentServerException)),
        new("429", "fm-429", Stubs.Status(429), typeof(PaymentRateLimitException)),
        new("slow", "fm-slow", $"{{\"status\": 200, \"fixedDelayMilliseconds\": {SlowAnswerMilliseconds}, \"jsonBody\": {{}}}}", typeof(PaymentTimeoutException)),
    ];

    private sealed record Cell(InvoiceOperation Operation, Failure Failure, string Mount)
    {
        public Exception? Thrown { get; set; }
        public int Requests { get; set; }
        public int Promised => Operation.Idempotent ? MaxRetries + 1 : 1;
        public bool IsSlow => Failure.Prefix == "fm-slow";
        public bool Holds => Thrown?.GetType() == Failure.Expected && Requests == Promised && ((PaymentException)Thrown).Attempts == Promised;
    }

    [Fact]
    public async Task Every_method_against_every_failure_keeps_the_policys_promise()
    {
        foreach (var failure in Failures) await WireMock.StubAsync(Stubs.Always(failure.Prefix, failure.Response));
        var cells = (from operation in InvoiceOperations.All
                     from failure in Failures
                     select new Cell(operation, failure, NewMount($"{failure.Prefix}-{operation.Name}"))).ToList();

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

    [Fact]
    public async Task The_closing_stub_reveals_a_transport_that_resends()
    {
        // Without the SDK's guard, .NET re-sends a bodiless POST by itself when the server reads it and closes the
        // connection unanswered (measured: 4 times). This proves that the matrix's "1" for void and returnStake
        // under EMPTY_RESPONSE is an observation the journal could have contradicted.
        await WireMock.StubAsync(Stubs.Always("fm-empty", Stubs.Fault("EMPTY_RESPONSE")));
        var mount = NewMount("fm-empty-plain");
        using var http = new HttpClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri(WireMock.BaseUrl(mount) + "/api/invoices/inv_1/void"), null));

        Assert.True((await WireMock.RequestsAsync(mount)).Count > 1, "A plain HttpClient no longer re-sends on its own; the SDK's guard stays harmless.");
    }

    /// <summary>Reads each cell's journal until every count has reached its promise and stayed put for a second.</summary>
    private async Task CountRequestsAsync(List<Cell> cells)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var before = cells.Select(c => c.Requests).ToList();
            await Task.Delay(1000);
            foreach (var cell in cells) cell.Requests = (await WireMock.RequestsAsync(cell.Mount)).Count;
            var settled = cells.Select(c => c.Requests).SequenceEqual(before) && cells.All(c => c.Requests >= c.Promised);
            if (settled || DateTime.UtcNow > deadline) return;
        }
    }

    private async Task RunAsync(Cell cell)
    {
        using var payment = NewClient(cell.Mount, retry: r =>
        {
            r.MaxRetries = MaxRetries;
            if (cell.IsSlow) r.AttemptTimeout = SlowAttemptTimeout;
        });
        try
        {
            await cell.Operation.Call(payment.Invoices);
        }
        catch (Exception e)
        {
            cell.Thrown = e;
        }
    }

    private static string Print(List<Cell> cells)
    {
        const int width = 15;
        var text = new StringBuilder();
        text.AppendLine("Fault matrix: requests that reached WireMock, and the exception (✓ = as the policy promises)");
        text.Append("operation".PadRight(width));
        foreach (var failure in Failures) text.Append(Short(failure.Name).PadRight(width));
        text.AppendLine();
        foreach (var operation in InvoiceOperations.All)
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

    private static string Short(string failure) => failure switch
    {
        "CONNECTION_RESET_BY_PEER" => "reset",
        "EMPTY_RESPONSE" => "empty",
        "MALFORMED_RESPONSE_CHUNK" => "bad chunk",
        "RANDOM_DATA_THEN_CLOSE" => "random+close",
        "slow" => "slow>timeout",
        _ => failure,
    };
}
