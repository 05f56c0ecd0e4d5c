using PaymentSdk.Sandbox;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// One sandbox shared by the read-only tests of a class, with SDK clients for both modes, a raw
/// <see cref="HttpClient"/> and a snapshot of the seed taken before any test runs.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public PaymentSandbox Sandbox { get; private set; } = null!;

    /// <summary>An SDK client addressing test data.</summary>
    public PaymentClient Test { get; private set; } = null!;

    /// <summary>An SDK client addressing live data.</summary>
    public PaymentClient Live { get; private set; } = null!;

    /// <summary>A plain HTTP client whose base address is the sandbox's base URL (with a trailing slash).</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Every test-mode invoice, newest first, as the store holds them.</summary>
    public IReadOnlyList<InvoiceWithDiscount> TestInvoices { get; private set; } = [];

    /// <summary>Every live-mode invoice, newest first, as the store holds them.</summary>
    public IReadOnlyList<InvoiceWithDiscount> LiveInvoices { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Sandbox = await PaymentSandbox.StartAsync();
        Test = SandboxClients.Create(Sandbox, liveMode: false);
        Live = SandboxClients.Create(Sandbox, liveMode: true);
        Http = SandboxClients.RawHttp(Sandbox);
        TestInvoices = Sandbox.Data.GetInvoices(false);
        LiveInvoices = Sandbox.Data.GetInvoices(true);
    }

    public async Task DisposeAsync()
    {
        Test.Dispose();
        Live.Dispose();
        Http.Dispose();
        await Sandbox.DisposeAsync();
    }
}
