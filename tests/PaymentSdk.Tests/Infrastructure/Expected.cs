using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

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
