using PaymentSdk;
using PaymentSdk.Sandbox;

namespace PaymentSdk.Samples;

/// <summary>
/// Where a sample's calls go: the Payment Kit that <c>PAYMENT_KIT_URL</c> names, with the credentials
/// in the environment; or, when it is unset, an offline sandbox started in this process.
/// </summary>
/// <remarks>Shared by the samples (linked into each project), so that they choose the same way.</remarks>
public sealed class PaymentKitConnection : IAsyncDisposable
{
    /// <summary>The variable that names a real Payment Kit, mount point included.</summary>
    public const string UrlVariable = "PAYMENT_KIT_URL";

    private readonly PaymentSandbox? _sandbox;

    private PaymentKitConnection(PaymentClient client, PaymentSandbox? sandbox, string description)
    {
        Client = client;
        _sandbox = sandbox;
        Description = description;
    }

    /// <summary>The client every call of the sample goes through.</summary>
    public PaymentClient Client { get; }

    /// <summary>Whether the calls go to the in-process sandbox (so changing data is harmless).</summary>
    public bool IsSandbox => _sandbox is not null;

    /// <summary>One line saying where the calls go and how they are authenticated; never a secret.</summary>
    public string Description { get; }

    /// <summary>
    /// The public key event deliveries are signed with when the sandbox sends them; null for a real Payment Kit,
    /// whose deliveries are verified with the Blocklet app's key from the environment.
    /// </summary>
    public string? SandboxAppPublicKey => _sandbox?.AppPublicKey;

    /// <summary>Connects as the environment says.</summary>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/> in a real run).</param>
    /// <param name="cancellationToken">Cancels starting the sandbox.</param>
    public static async Task<PaymentKitConnection> OpenAsync(Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var url = environment(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            var sandbox = await PaymentSandbox.StartAsync(cancellationToken: cancellationToken);
            // The sandbox holds test-mode and live-mode data; samples use test mode, as one would against a real Payment Kit first.
            var client = new PaymentClient(new PaymentClientOptions { BaseUrl = sandbox.BaseUrl, LiveMode = false });
            return new PaymentKitConnection(client, sandbox, $"the offline sandbox at {sandbox.BaseUrl} (test mode; set {UrlVariable} to use a real Payment Kit)");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl))
            throw new ArgumentException($"{UrlVariable} must be an absolute URL such as https://host/payment; '{url}' is not.", UrlVariable);
        var options = new PaymentClientOptions { BaseUrl = baseUrl };
        string credentials;
        if (environment("PAYMENT_KIT_ACCESS_KEY") is { Length: > 0 } accessKey)
        {
            options.AccessKey = accessKey;
            credentials = "access key from PAYMENT_KIT_ACCESS_KEY";
        }
        else if ((environment("BLOCKLET_APP_ASK") ?? environment("BLOCKLET_APP_SK")) is { Length: > 0 } secretKey
            && environment("BLOCKLET_COMPONENT_DID") is { Length: > 0 } did)
        {
            options.Authenticator = PaymentAuthenticator.ComponentSignature(did, secretKey);
            credentials = $"component signature as {did}";
        }
        else
        {
            credentials = "no credentials (set PAYMENT_KIT_ACCESS_KEY, or BLOCKLET_APP_SK and BLOCKLET_COMPONENT_DID)";
        }
        var payment = new PaymentClient(options);
        var mode = payment.LiveMode ? "live mode" : "test mode";
        return new PaymentKitConnection(payment, null, $"Payment Kit at {baseUrl} ({mode}, {credentials})");
    }

    /// <summary>Disposes the client and stops the sandbox, if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_sandbox is not null) await _sandbox.DisposeAsync();
    }
}
