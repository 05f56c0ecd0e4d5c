using PaymentSdk.Sandbox;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>How the tests make clients for a sandbox.</summary>
public static class SandboxClients
{
    /// <summary>Client options that read nothing from the environment (no stray credentials), and retry nothing.</summary>
    public static PaymentClientOptions Options(PaymentSandbox sandbox, bool liveMode = false) => new()
    {
        BaseUrl = sandbox.BaseUrl,
        LiveMode = liveMode,
        GetEnvironmentVariable = _ => null,
        Retry = { MaxRetries = 0 },
    };

    public static PaymentClient Create(PaymentSandbox sandbox, bool liveMode = false) => new(Options(sandbox, liveMode));

    public static HttpClient RawHttp(PaymentSandbox sandbox) =>
        new() { BaseAddress = new Uri(sandbox.BaseUrl.ToString().TrimEnd('/') + "/") };
}
