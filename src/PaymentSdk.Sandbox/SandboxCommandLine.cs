using System.Globalization;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox;

/// <summary>The standalone sandbox's command line: options, help, and running until Ctrl+C.</summary>
internal static class SandboxCommandLine
{
    private const string Help = """
        PaymentSdk sandbox: an offline Payment Kit serving the routes of invoices, webhook endpoints, customers,
        products, prices, payment currencies, payment methods and settings from memory, and delivering events
        to the endpoints registered with it.

        Usage: dotnet run --project src/PaymentSdk.Sandbox -- [options]

        Options:
          --port <number>                 Loopback port to listen on (default 5080; 0 takes a free one).
          --mount-point <path>            Serve under this path, as a mounted Payment Kit (default /).
          --access-key <key>              Accept "Authorization: Bearer <key>"; repeat for more keys.
          --component-public-key <hex>    Check Blocklet component signatures with this public key
                                          (0x + 64 hex digits: the second half of BLOCKLET_APP_SK).
          --app-secret-key <hex>          Sign event deliveries with this app key (0x + 128 hex digits);
                                          default BLOCKLET_APP_SK, else a key made for this run.
          --quiet                         Do not print a line per request.
          -h, --help                      Show this help.

        With --access-key or --component-public-key, requests without a valid credential are answered 401.
        POST <mount>/__sandbox/invoices/<id>/pay pays an open invoice (invoice.paid);
        POST <mount>/__sandbox/invoices/<id>/upcoming raises invoice.upcoming for the next one like it.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = new PaymentSandboxOptions { Port = 5080, RequestLog = output };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            try
            {
                switch (args[i])
                {
                    case "-h" or "--help":
                        output.WriteLine(Help);
                        return 0;
                    case "--port":
                        var text = Value();
                        options.Port = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
                            ? port : throw new ArgumentException($"--port must be a number from 0 to 65535; '{text}' is not.");
                        break;
                    case "--mount-point": options.MountPoint = Value(); break;
                    case "--access-key": options.AccessKeys.Add(Value()); break;
                    case "--component-public-key": options.ComponentPublicKey = Value(); break;
                    case "--app-secret-key": options.AppSecretKey = Value(); break;
                    case "--quiet": options.RequestLog = null; break;
                    default: throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }
            catch (ArgumentException problem)
            {
                error.WriteLine(problem.Message);
                error.WriteLine("Run with --help to see the options.");
                return 2;
            }
        }

        await using var sandbox = await StartAsync(options, error);
        if (sandbox is null) return 1;
        var test = sandbox.Data.GetInvoices(livemode: false).Count;
        var live = sandbox.Data.GetInvoices(livemode: true).Count;
        output.WriteLine($"PaymentSdk sandbox: Payment Kit at {sandbox.BaseUrl} ({test} test-mode and {live} live-mode invoices).");
        output.WriteLine(options.RequiresAuthentication
            ? "Credentials are checked (access key or component signature)."
            : "Every request is let in: pass --access-key or --component-public-key to check credentials.");
        output.WriteLine($"Event deliveries are signed by the app key whose public key is {sandbox.AppPublicKey}.");
        output.WriteLine("Press Ctrl+C to stop.");
        await sandbox.WaitForShutdownAsync();
        return 0;
    }

    private static async Task<PaymentSandbox?> StartAsync(PaymentSandboxOptions options, TextWriter error)
    {
        try
        {
            return await PaymentSandbox.StartAsync(options);
        }
        catch (ArgumentException problem)
        {
            error.WriteLine(problem.Message);
            return null;
        }
        catch (IOException problem)
        {
            error.WriteLine($"Cannot listen on port {options.Port}: {problem.Message}");
            return null;
        }
    }
}
