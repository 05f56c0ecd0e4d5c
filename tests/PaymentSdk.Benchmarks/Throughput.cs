using System.Diagnostics;
using System.Globalization;

namespace PaymentSdk.Benchmarks;

/// <summary>
/// N list calls with C in flight through one client against the canned loopback server: calls/s,
/// invoices/s and peak working set for the bare client and the SDK (plain and signed), side by side.
/// </summary>
internal static class Throughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = Option(args, "--calls", 2000);
        var inFlight = Option(args, "--concurrency", 8);
        var json = args.Contains("--json");
        var page = BenchmarkData.Page();
        // --url: a server of someone else's (the Node server of paymentjs/compare.mjs); else the canned one in this process.
        var url = Array.IndexOf(args, "--url") is var u and >= 0 ? new Uri(args[u + 1]) : null;
        await using var server = url is null ? CannedPaymentKit.Start(page) : null;
        var baseUrl = url ?? server!.BaseUrl;
        var listUrl = new Uri(baseUrl, "api/invoices?pageSize=100&livemode=false");
        using var logging = Clients.Logging();
        using var bare = new HttpClient();
        using var sdk = Clients.Sdk(baseUrl, signed: false, logging);
        using var signed = Clients.Sdk(baseUrl, signed: true, logging);

        if (!json) Console.WriteLine($"{calls} list calls of {BenchmarkData.PageSize} invoices ({page.Length / 1024.0:0} KB a page), {inFlight} in flight, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var runs = new (string Name, Func<Task<int>> Call)[]
        {
            ("bare HttpClient + JsonDocument", () => Clients.BareListAsync(bare, listUrl)),
            ("bare HttpClient + STJ, SDK models", () => Clients.BareTypedListAsync(bare, listUrl)),
            ("SDK ListAsync", () => Clients.SdkListAsync(sdk)),
            ("SDK ListAsync, signed", () => Clients.SdkListAsync(signed)),
        };
        // Warm every path up (tiered JIT reaches its optimized code, connections open) before timing any.
        foreach (var (_, call) in runs) await MeasureAsync(call, Math.Max(200, calls / 2), inFlight);

        // The first run is the untyped floor, the second what hand-written typed code costs; every run is set against both.
        var results = new List<(string Name, double Seconds, long Peak)>();
        foreach (var (name, call) in runs)
        {
            var (seconds, peak) = await MeasureAsync(call, calls, inFlight);
            results.Add((name, seconds, peak));
        }
        if (json)
        {
            // One line per client, for paymentjs/compare.mjs.
            foreach (var (name, seconds, peak) in results)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""{"client":"{{name}}","seconds":{{seconds}},"calls":{{calls}},"peakBytes":{{peak}}}"""));
            return 0;
        }
        Console.WriteLine($"{"client",-34} {"seconds",8} {"calls/s",9} {"invoices/s",11} {"MB/s",6} {"peak working set",17} {"÷ bare",7} {"÷ bare typed",13}");
        foreach (var (name, seconds, peak) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-34} {seconds,8:0.000} {calls / seconds,9:0} {calls * BenchmarkData.PageSize / seconds,11:0} {calls * (double)page.Length / seconds / 1e6,6:0} {peak / (1024.0 * 1024),14:0.0} MB {seconds / results[0].Seconds,7:0.00} {seconds / results[1].Seconds,13:0.00}"));
        }
        return 0;
    }

    /// <summary>Runs the calls with a fixed number in flight; samples the working set every 10 ms.</summary>
    private static async Task<(double Seconds, long PeakWorkingSet)> MeasureAsync(Func<Task<int>> call, int calls, int inFlight)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try { await Task.Delay(10, sampling.Token); } catch (OperationCanceledException) { }
            }
        });

        var started = Stopwatch.GetTimestamp();
        var next = -1;
        var workers = Enumerable.Range(0, inFlight).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < calls)
            {
                if (await call() != BenchmarkData.PageSize) throw new InvalidOperationException("a page did not hold 100 invoices");
            }
        });
        await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        sampling.Cancel();
        await sampler;
        return (seconds, peak);
    }

    private static int Option(string[] args, string name, int defaultValue)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : defaultValue;
    }
}
