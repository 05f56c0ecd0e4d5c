using System;
using System.Collections.Generic;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>
/// Filters and paging of <see cref="IInvoiceService.ListAsync"/>. Unset properties are not sent, so
/// the server's defaults apply. Sent in this order: <c>status</c>, <c>customer_id</c>,
/// <c>customer_did</c>, <c>subscription_id</c>, <c>currency_id</c>, <c>ignore_zero</c>,
/// <c>include_staking</c>, <c>include_return_staking</c>, <c>include_overdraft_protection</c>,
/// <c>include_recovered_from</c>, <c>metadata.{key}</c> (in the dictionary's order), <c>page</c>,
/// <c>pageSize</c>, then <c>livemode</c>.
/// </summary>
public class InvoiceListOptions : PaginationOptions
{
    /// <summary>Only invoices in these statuses, comma-separated, such as <c>"paid,open"</c> (see <see cref="InvoiceStatus"/>).</summary>
    public string? Status { get; set; }

    /// <summary>Only invoices of this customer id (<c>customer_id</c>).</summary>
    public string? CustomerId { get; set; }

    /// <summary>Only invoices of the customer with this DID (<c>customer_did</c>).</summary>
    public string? CustomerDid { get; set; }

    /// <summary>Only invoices of this subscription (<c>subscription_id</c>).</summary>
    public string? SubscriptionId { get; set; }

    /// <summary>Only invoices in this payment currency (<c>currency_id</c>).</summary>
    public string? CurrencyId { get; set; }

    /// <summary>Leave out invoices whose total is zero (<c>ignore_zero</c>; server default false).</summary>
    public bool? IgnoreZero { get; set; }

    /// <summary>Include stake invoices (<c>include_staking</c>; server default false).</summary>
    public bool? IncludeStaking { get; set; }

    /// <summary>Include stake-return invoices (<c>include_return_staking</c>; server default false).</summary>
    public bool? IncludeReturnStaking { get; set; }

    /// <summary>Include overdraft-protection invoices (<c>include_overdraft_protection</c>; server default <b>true</b>).</summary>
    public bool? IncludeOverdraftProtection { get; set; }

    /// <summary>Include invoices recovered from another subscription (<c>include_recovered_from</c>; server default false).</summary>
    public bool? IncludeRecoveredFrom { get; set; }

    /// <summary>
    /// Only invoices whose metadata has these values, sent as <c>metadata.{key}={value}</c>. Keys up
    /// to 40 characters, values up to 500 (Payment Kit's limits).
    /// </summary>
    public IDictionary<string, string>? Metadata { get; set; }

    internal override void Validate()
    {
        base.Validate();
        foreach (var (name, value) in new[] { ("Status", Status), ("CustomerId", CustomerId), ("CustomerDid", CustomerDid), ("SubscriptionId", SubscriptionId), ("CurrencyId", CurrencyId) })
            if (value is not null) Guard.Text(value, "options." + name);
        if (Metadata is null) return;
        foreach (var entry in Metadata)
        {
            MetadataRules.Key(entry.Key, "options." + nameof(Metadata));
            if (entry.Value is null) throw new ArgumentException($"The metadata filter '{entry.Key}' has no value.", "options." + nameof(Metadata));
            Guard.Text(entry.Value, "options." + nameof(Metadata));
            MetadataRules.ValueLength(entry.Key, entry.Value.Length, "options." + nameof(Metadata));
        }
    }
}
