using Microsoft.AspNetCore.Http;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.Invoices;

/// <summary>
/// The list filters, read as the sandbox reads Payment Kit's documentation:
/// stake invoices (billing reason <c>stake</c> or <c>stake_overdraft_protection</c>) show only with
/// <see cref="IncludeStaking"/>; invoices recording a returned stake only with <see cref="IncludeReturnStaking"/>;
/// overdraft-protection invoices unless <see cref="IncludeOverdraftProtection"/> is false; and a
/// subscription filter with <see cref="IncludeRecoveredFrom"/> also matches the subscription it was recovered from.
/// </summary>
internal sealed class InvoiceFilter
{
    public IReadOnlyCollection<string>? Statuses { get; init; }
    public string? CustomerId { get; init; }
    public string? CustomerDid { get; init; }
    public string? SubscriptionId { get; init; }
    public string? CurrencyId { get; init; }
    public bool IgnoreZero { get; init; }
    public bool IncludeStaking { get; init; }
    public bool IncludeReturnStaking { get; init; }
    public bool IncludeOverdraftProtection { get; init; } = true;
    public bool IncludeRecoveredFrom { get; init; }
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The filters of a list request's query.</summary>
    public static InvoiceFilter From(IQueryCollection query) => new()
    {
        Statuses = QueryReader.List(query, "status"),
        CustomerId = QueryReader.Text(query, "customer_id"),
        CustomerDid = QueryReader.Text(query, "customer_did"),
        SubscriptionId = QueryReader.Text(query, "subscription_id"),
        CurrencyId = QueryReader.Text(query, "currency_id"),
        IgnoreZero = QueryReader.Boolean(query, "ignore_zero", false),
        IncludeStaking = QueryReader.Boolean(query, "include_staking", false),
        IncludeReturnStaking = QueryReader.Boolean(query, "include_return_staking", false),
        IncludeOverdraftProtection = QueryReader.Boolean(query, "include_overdraft_protection", true),
        IncludeRecoveredFrom = QueryReader.Boolean(query, "include_recovered_from", false),
        Metadata = QueryReader.MetadataFilters(query),
    };

    /// <summary>The invoices of <paramref name="data"/> this filter lets through, newest first.</summary>
    public IEnumerable<InvoiceWithDiscount> Apply(ModeState data)
    {
        string? customerId = CustomerId;
        if (CustomerDid is not null)
        {
            var customer = data.Customers.All.FirstOrDefault(c => c.Did == CustomerDid);
            if (customer is null || (customerId is not null && customerId != customer.Id)) return [];
            customerId = customer.Id;
        }
        var subscriptions = SubscriptionId is null ? null : new HashSet<string>(StringComparer.Ordinal) { SubscriptionId };
        if (subscriptions is not null && IncludeRecoveredFrom && data.Subscriptions.Find(SubscriptionId!)?.RecoveredFrom is { } recoveredFrom)
            subscriptions.Add(recoveredFrom);

        return data.Invoices.All.Where(invoice =>
            (Statuses is null || Statuses.Contains(invoice.Status))
            && (customerId is null || invoice.CustomerId == customerId)
            && (subscriptions is null || (invoice.SubscriptionId is not null && subscriptions.Contains(invoice.SubscriptionId)))
            && (CurrencyId is null || invoice.CurrencyId == CurrencyId)
            && (!IgnoreZero || !invoice.Total.ToBigInteger().IsZero)
            && KindAllowed(invoice)
            && Fields.MetadataMatches(invoice.Metadata, Metadata));
    }

    private bool KindAllowed(Invoice invoice)
    {
        if (IsReturnStake(invoice)) return IncludeReturnStaking;
        if (!IncludeOverdraftProtection && invoice.BillingReason is "overdraft_protection" or "stake_overdraft_protection") return false;
        return IncludeStaking || !SandboxSeed.IsStakeReason(invoice.BillingReason);
    }

    /// <summary>Whether the invoice records the return of a stake rather than a stake.</summary>
    public static bool IsReturnStake(Invoice invoice) => MetadataText(invoice, SandboxSeed.KindKey) == SandboxSeed.ReturnStakeKind;

    /// <summary>A metadata value as the query compares it: strings as they are, other values as JSON text.</summary>
    public static string? MetadataText(Invoice invoice, string key) => Fields.MetadataText(invoice.Metadata, key);
}
