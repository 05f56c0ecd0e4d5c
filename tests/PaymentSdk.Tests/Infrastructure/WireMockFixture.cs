using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Runs one WireMock standalone server for the whole test run, on a free loopback port, with the
/// JSON stub mappings of tests/PaymentSdk.Tests/WireMock, and stops it afterwards. Tests give each
/// client its own mount point (<see cref="BaseUrl"/>) and read back only their own requests.
/// </summary>
public sealed partial class WireMockFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly HttpClient _admin = new();
    private Process? _process;
    private readonly StringBuilder _output = new();

    /// <summary>The server's root, such as http://127.0.0.1:41234.</summary>
    public Uri Root { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var jar = Metadata("WireMockJar");
        var root = Metadata("WireMockRoot");
        if (!File.Exists(jar)) throw new InvalidOperationException($"WireMock jar missing at {jar}: build the test project (it runs npm ci in tests/wiremock).");
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        var java = string.IsNullOrEmpty(javaHome) ? "java" : Path.Combine(javaHome, "bin", "java");
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", jar, "--port", "0", "--bind-address", "127.0.0.1", "--disable-banner", "--root-dir", root })
            start.ArgumentList.Add(arg);
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnOutput(e.Data, port);
        _process.ErrorDataReceived += (_, e) => OnOutput(e.Data, port);
        _process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("WireMock exited before it started:\n" + Output()));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var started = await Task.WhenAny(port.Task, Task.Delay(StartTimeout));
        if (started != port.Task) throw new TimeoutException("WireMock did not print its port within " + StartTimeout + ":\n" + Output());
        Root = new Uri($"http://127.0.0.1:{await port.Task}");
        using var health = await _admin.GetAsync(new Uri(Root, "/__admin/health"));
        health.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A base URL with a mount point of the test's own, so its requests can be told apart.</summary>
    public Uri BaseUrl(string mount) => new(Root, "/" + mount);

    /// <summary>The requests WireMock received below a mount point, oldest first, as WireMock logged them.</summary>
    public Task<IReadOnlyList<LoggedRequest>> RequestsAsync(string mount) => RequestsMatchingAsync("/" + Regex.Escape(mount) + "(/.*|\\?.*)?");

    /// <summary>The requests WireMock received whose URL (path and query) matches <paramref name="urlRegex"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> RequestsMatchingAsync(string urlRegex)
    {
        var urlPattern = JsonSerializer.Serialize(urlRegex, TestJson.Default.String);
        using var content = new StringContent($"{{\"method\":\"ANY\",\"urlPattern\":{urlPattern}}}", Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync(new Uri(Root, "/__admin/requests/find"), content);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("requests").EnumerateArray()
            .Select(LoggedRequest.From)
            .OrderBy(r => r.LoggedAt)
            .ToList();
    }

    /// <summary>Adds stub mappings (a JSON object in WireMock's mapping format, or several in <c>{"mappings": [...]}</c>).</summary>
    public async Task StubAsync(string mappingJson)
    {
        var many = mappingJson.TrimStart().StartsWith("{\"mappings\"", StringComparison.Ordinal);
        using var content = new StringContent(mappingJson, Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync(new Uri(Root, many ? "/__admin/mappings/import" : "/__admin/mappings"), content);
        Assert.True(response.IsSuccessStatusCode, $"WireMock refused the mapping ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}\n{mappingJson}");
    }

    /// <summary>The only request below a mount point; fails the test if there is not exactly one.</summary>
    public async Task<LoggedRequest> SingleRequestAsync(string mount)
    {
        var requests = await RequestsAsync(mount);
        Assert.True(requests.Count == 1, $"Expected one request below /{mount}, WireMock logged {requests.Count}: {string.Join(", ", requests.Select(r => r.Method + " " + r.Url))}");
        return requests[0];
    }

    private void OnOutput(string? line, TaskCompletionSource<int> port)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        var match = PortLine().Match(line);
        if (match.Success) port.TrySetResult(int.Parse(match.Groups[1].Value));
    }

    private string Output()
    {
        lock (_output) return _output.ToString();
    }

    private static string Metadata(string key) =>
        typeof(WireMockFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [GeneratedRegex(@"^port:\s+(\d+)")]
    private static partial Regex PortLine();
}
