using System.Diagnostics;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>The sandbox as a standalone server: its own process, as <c>dotnet run --project src/PaymentSdk.Sandbox</c> starts it.</summary>
public sealed class SandboxCommandLineTests
{
    /// <summary>
    /// How long a line of the sandbox's own process may take: a bound against a hang, not a speed goal. A cold start
    /// builds the seed through the operations: measured 17 s with CI tests running beside it, and over 30 s with two
    /// builds more.
    /// </summary>
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_standalone_sandbox_serves_the_SDK_and_checks_the_access_key_it_was_given()
    {
        using var server = Start("--port", "0", "--access-key", "blocklet-standalone");
        try
        {
            var banner = await server.StandardOutput.ReadLineAsync().WaitAsync(StartupWait);
            Assert.NotNull(banner);
            Assert.StartsWith("PaymentSdk sandbox: Payment Kit at http://127.0.0.1:", banner);
            var baseUrl = new Uri(banner!["PaymentSdk sandbox: Payment Kit at ".Length..].Split(' ')[0]);

            using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = baseUrl, LiveMode = false, AccessKey = "blocklet-standalone" });
            var page = await payment.Invoices.ListAsync(new InvoiceListOptions { PageSize = 3 });
            Assert.Equal(3, page.List.Count);
            Assert.True(page.Count > 3);

            // One log line per request: method, path and query, status; never the Authorization header's key.
            string? line;
            do line = await server.StandardOutput.ReadLineAsync().WaitAsync(StartupWait);
            while (line is not null && !line.StartsWith("GET ", StringComparison.Ordinal));
            Assert.NotNull(line);
            Assert.StartsWith("GET /api/invoices?pageSize=3&livemode=false -> 200 (", line);
            Assert.DoesNotContain("blocklet-standalone", line);

            using var stranger = new PaymentClient(new PaymentClientOptions { BaseUrl = baseUrl, LiveMode = false, AccessKey = "blocklet-other" });
            var refused = await Assert.ThrowsAsync<PaymentAuthenticationException>(() => stranger.Invoices.ListAsync());
            Assert.Equal("not authorized", refused.ServerMessage);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Help_lists_every_option_and_exits_zero()
    {
        using var process = Start("--help");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        foreach (var option in new[] { "--port", "--mount-point", "--access-key", "--component-public-key", "--app-secret-key", "--quiet", "--help" })
            Assert.Contains(option, output);
    }

    [Theory]
    [InlineData("--port", "http", "--port must be a number from 0 to 65535; 'http' is not.")]
    [InlineData("--port", "70000", "--port must be a number from 0 to 65535; '70000' is not.")]
    [InlineData("--colour", "red", "Unknown option '--colour'.")]
    [InlineData("--component-public-key", "0x1234", "PaymentSandboxOptions.ComponentPublicKey must be 0x followed by 64 hex digits")]
    [InlineData("--app-secret-key", "0xabcdef0123456789", "PaymentSandboxOptions.AppSecretKey is not an Ed25519 secret key")]
    public async Task A_bad_option_is_named_and_the_exit_code_is_not_zero(string option, string value, string message)
    {
        using var process = Start(option, value, "--port", "0");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains(message, error);
        if (option == "--app-secret-key") Assert.DoesNotContain(value[2..], error);
    }

    [Fact]
    public async Task The_standalone_sandbox_prints_the_public_key_its_deliveries_are_signed_with()
    {
        using var server = Start("--port", "0", "--quiet", "--app-secret-key", WebhookSigning.SecretKey);
        try
        {
            string? line;
            do line = await server.StandardOutput.ReadLineAsync().WaitAsync(StartupWait);
            while (line is not null && !line.StartsWith("Event deliveries", StringComparison.Ordinal));

            Assert.Equal($"Event deliveries are signed by the app key whose public key is {WebhookSigning.PublicKeyHex}.", line);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Runs the sandbox's own program (copied beside the tests by the project reference) in a new process.</summary>
    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PaymentSdk.Sandbox.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
