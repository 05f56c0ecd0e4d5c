using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PaymentSdk.Testing;

namespace PaymentSdk.Benchmarks;

/// <summary>
/// What an answer far larger than any page costs a caller with the default options: each case runs in a process of
/// its own (so that its peak working set is its own), against a raw loopback server that streams the body from one
/// small buffer, and prints the outcome, the time and the process's peak working set beside a normal page's.
/// </summary>
internal static class Oversize
{
    private const long OneGigabyte = 1L << 30;

    // The first case is the baseline: the smallest answer, in a process that made nothing else ("page" makes its page with the sandbox).
    private static readonly string[] Cases = ["empty-page", "page", "content-length-1gb", "content-length-2147483600", "chunked-1gb", "gzip-1.1gb"];

    /// <summary>Runs every case in a child process and prints one table.</summary>
    public static async Task<int> RunAsync()
    {
        var self = Environment.ProcessPath!;
        var entry = typeof(Oversize).Assembly.Location;
        Console.WriteLine($"{"case",-28} {"peak working set",17} {"above empty",12} {"time",8}  outcome");
        double? baseline = null;
        foreach (var name in Cases)
        {
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (!self.EndsWith(Path.GetFileNameWithoutExtension(entry), StringComparison.Ordinal)) start.ArgumentList.Add(entry);
            start.ArgumentList.Add("--oversize-case");
            start.ArgumentList.Add(name);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEndAsync();
            var errors = child.StandardError.ReadToEndAsync();
            if (!child.WaitForExit(TimeSpan.FromMinutes(5))) child.Kill(entireProcessTree: true);
            var line = (await output).Trim();
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                Console.WriteLine($"{name,-28} the case crashed (exit {child.ExitCode}): {Shorten((await errors).Trim())}");
                continue;
            }
            var peakMb = double.Parse(parts[0], CultureInfo.InvariantCulture);
            baseline ??= peakMb;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} {peakMb,14:0.0} MB {peakMb - baseline.Value,9:+0.0;-0.0} MB {parts[1],8}  {parts[2]}"));
        }
        return 0;
    }

    /// <summary>One case, in this process: prints "peak MB, seconds, outcome" separated by tabs.</summary>
    public static async Task<int> RunCaseAsync(string name)
    {
        var body = name switch
        {
            "empty-page" => Answer.Page("{\"count\":0,\"list\":[]}"u8.ToArray()),
            "page" => Answer.Page(BenchmarkData.Page()),
            "content-length-1gb" => Answer.Padded(OneGigabyte, chunked: false),
            // The length the issue names: the body that follows is streamed until the client stops reading.
            "content-length-2147483600" => Answer.Padded(2147483600, chunked: false),
            "chunked-1gb" => Answer.Padded(OneGigabyte, chunked: true),
            "gzip-1.1gb" => Answer.GzipBomb(OneGigabyte + OneGigabyte / 10),
            _ => throw new ArgumentException($"no case '{name}'", nameof(name)),
        };
        using var server = new StreamingServer(body);
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = server.BaseUrl, LiveMode = false });
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            var page = await payment.Invoices.ListAsync(new InvoiceListOptions { PageSize = BenchmarkData.PageSize });
            outcome = $"a page of {page.List.Count}";
        }
        catch (Exception e)
        {
            outcome = $"{e.GetType().Name}: {Shorten(e.Message)}";
        }
        var seconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{process.PeakWorkingSet64 / (1024.0 * 1024):0.0}\t{seconds:0.00} s\t{outcome}"));
        return 0;
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= 160 ? text : text[..160] + "…";
    }

    /// <summary>An answer: its head, and a writer of its body.</summary>
    private sealed record Answer(string Head, Func<Stream, CancellationToken, Task> WriteBody)
    {
        public static Answer Page(byte[] page) => new(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {page.Length}\r\nConnection: close\r\n\r\n",
            (stream, ct) => stream.WriteAsync(page, ct).AsTask());

        /// <summary>A page whose one string field runs to <paramref name="length"/> bytes of the answer.</summary>
        public static Answer Padded(long length, bool chunked)
        {
            var framing = chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {length}";
            return new Answer(
                $"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n{framing}\r\nConnection: close\r\n\r\n",
                (stream, ct) => PaddedJson.WriteAsync(stream, length, chunked, ct));
        }

        /// <summary><paramref name="inflated"/> bytes of a padded page, gzipped once here (about 1 MB).</summary>
        public static Answer GzipBomb(long inflated)
        {
            var bytes = PaddedJson.Gzip(inflated);
            return new Answer(
                $"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Encoding: gzip\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n",
                (stream, ct) => stream.WriteAsync(bytes, ct).AsTask());
        }
    }

    /// <summary>Answers every connection's first request with the answer, then closes it; stops writing when the client goes away.</summary>
    private sealed class StreamingServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public StreamingServer(Answer answer)
        {
            _listener.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _ = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                    _ = Task.Run(async () =>
                    {
                        using (connection)
                        {
                            try
                            {
                                var stream = connection.GetStream();
                                var head = new byte[8192];
                                var read = 0;
                                while (read < 4 || !head.AsSpan(0, read).EndsWith("\r\n\r\n"u8))
                                    read += await stream.ReadAsync(head.AsMemory(read), _stop.Token);
                                await stream.WriteAsync(Encoding.ASCII.GetBytes(answer.Head), _stop.Token);
                                await answer.WriteBody(stream, _stop.Token);
                            }
                            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
                            {
                                // The client stopped reading: the case is over.
                            }
                        }
                    });
                }
            });
        }

        public Uri BaseUrl { get; }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
