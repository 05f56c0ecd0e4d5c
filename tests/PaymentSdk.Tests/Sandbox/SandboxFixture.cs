using System.Text.Json;
using PaymentSdk.Sandbox;

namespace PaymentSdk.Tests.Sandbox;

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
        TestInvoices = Sandbox.Store.GetInvoices(false);
        LiveInvoices = Sandbox.Store.GetInvoices(true);
    }

    public async Task DisposeAsync()
    {
        Test.Dispose();
        Live.Dispose();
        Http.Dispose();
        await Sandbox.DisposeAsync();
    }
}

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

/// <summary>
/// The list rules, written from Payment Kit's documentation (and the sandbox's description of its seed),
/// independently of the sandbox's own filter code.
/// </summary>
public static class Expected
{
    /// <summary>An invoice recording the return of a stake carries <c>metadata.kind = "return_stake"</c>.</summary>
    public static bool IsReturnStakeRecord(Invoice invoice) =>
        invoice.Metadata is { } metadata && metadata.TryGetValue("kind", out var kind)
        && kind.ValueKind == JsonValueKind.String && kind.GetString() == "return_stake";

    /// <summary>A stake invoice (a stake of its own, not the record of a return).</summary>
    public static bool IsStake(Invoice invoice) =>
        !IsReturnStakeRecord(invoice) && invoice.BillingReason is "stake" or "stake_overdraft_protection";

    public static bool IsOverdraftProtection(Invoice invoice) =>
        invoice.BillingReason is "overdraft_protection" or "stake_overdraft_protection";

    /// <summary>
    /// Whether a list shows the invoice, by its kind: stake invoices only with include_staking,
    /// returned-stake records only with include_return_staking, overdraft-protection invoices unless
    /// include_overdraft_protection is false.
    /// </summary>
    public static bool Shown(Invoice invoice, bool staking = false, bool returnStaking = false, bool overdraftProtection = true)
    {
        if (IsReturnStakeRecord(invoice)) return returnStaking;
        if (!overdraftProtection && IsOverdraftProtection(invoice)) return false;
        if (IsStake(invoice)) return staking;
        return true;
    }

    /// <summary>A metadata value, when it is a string.</summary>
    public static string? MetadataString(Invoice invoice, string key) =>
        invoice.Metadata is { } metadata && metadata.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>What a search for <paramref name="text"/> matches: number, description, customer name, email or DID, or a line's description, in any case.</summary>
    public static bool SearchMatches(InvoiceExpanded invoice, string text)
    {
        bool Has(string? field) => field is not null && field.Contains(text, StringComparison.OrdinalIgnoreCase);
        return Has(invoice.Number) || Has(invoice.Description) || Has(invoice.Customer?.Name) || Has(invoice.Customer?.Email)
            || Has(invoice.Customer?.Did) || invoice.Lines.Any(line => Has(line.Description));
    }

    public static List<string> Ids(this IEnumerable<Invoice> invoices) => invoices.Select(i => i.Id).ToList();
}

public static class AsyncCollect
{
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source) items.Add(item);
        return items;
    }

    /// <summary>Every invoice a list matches, through the SDK's auto-paging.</summary>
    public static async Task<List<string>> ListIdsAsync(this IInvoiceService invoices, InvoiceListOptions options) =>
        (await invoices.ListAutoPagingAsync(options).CollectAsync()).Select(i => i.Id).ToList();

    /// <summary>Every invoice a search finds, through the SDK's auto-paging.</summary>
    public static async Task<List<string>> SearchIdsAsync(this IInvoiceService invoices, InvoiceSearchOptions options) =>
        (await invoices.SearchAutoPagingAsync(options).CollectAsync()).Select(i => i.Id).ToList();
}
