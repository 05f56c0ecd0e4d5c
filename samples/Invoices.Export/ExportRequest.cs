namespace PaymentSdk.Samples.InvoicesExport;

/// <summary>What one run exports, as the command line gave it (already checked).</summary>
public sealed class ExportRequest
{
    /// <summary>Full-text search instead of the list filters; null to list.</summary>
    public string? Search { get; init; }

    /// <summary>Statuses, comma-separated (<c>--status</c>).</summary>
    public string? Status { get; init; }

    /// <summary><c>--customer-id</c>.</summary>
    public string? CustomerId { get; init; }

    /// <summary><c>--customer-did</c>.</summary>
    public string? CustomerDid { get; init; }

    /// <summary><c>--subscription-id</c>.</summary>
    public string? SubscriptionId { get; init; }

    /// <summary><c>--currency-id</c>.</summary>
    public string? CurrencyId { get; init; }

    /// <summary><c>--ignore-zero</c>: true, or null for the server's default.</summary>
    public bool? IgnoreZero { get; init; }

    /// <summary><c>--include-staking</c>: true, or null for the server's default.</summary>
    public bool? IncludeStaking { get; init; }

    /// <summary><c>--include-return-staking</c>: true, or null for the server's default.</summary>
    public bool? IncludeReturnStaking { get; init; }

    /// <summary><c>--exclude-overdraft-protection</c>: false, or null for the server's default (included).</summary>
    public bool? IncludeOverdraftProtection { get; init; }

    /// <summary><c>--include-recovered-from</c>: true, or null for the server's default.</summary>
    public bool? IncludeRecoveredFrom { get; init; }

    /// <summary><c>--metadata</c> pairs, or null.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Invoices per request, 1 to <see cref="PaginationOptions.MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = PaginationOptions.MaxPageSize;

    /// <summary>The CSV file, or <c>-</c> for standard output.</summary>
    public string OutputPath { get; init; } = "invoices.csv";

    /// <summary>Whether the CSV goes to standard output.</summary>
    public bool ToStandardOutput => OutputPath == "-";

    /// <summary>The list options of this request (a fresh object each time: the SDK never changes it, but callers may).</summary>
    /// <param name="pageSize">The page size to ask for.</param>
    public InvoiceListOptions ToListOptions(int pageSize) => new()
    {
        Status = Status,
        CustomerId = CustomerId,
        CustomerDid = CustomerDid,
        SubscriptionId = SubscriptionId,
        CurrencyId = CurrencyId,
        IgnoreZero = IgnoreZero,
        IncludeStaking = IncludeStaking,
        IncludeReturnStaking = IncludeReturnStaking,
        IncludeOverdraftProtection = IncludeOverdraftProtection,
        IncludeRecoveredFrom = IncludeRecoveredFrom,
        Metadata = Metadata?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        PageSize = pageSize,
    };

    /// <summary>The search options of this request.</summary>
    /// <param name="pageSize">The page size to ask for.</param>
    public InvoiceSearchOptions ToSearchOptions(int pageSize) => new() { Query = Search, PageSize = pageSize };
}
