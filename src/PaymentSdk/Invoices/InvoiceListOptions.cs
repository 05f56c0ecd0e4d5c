using System.Collections.Generic;
using PaymentSdk.Http;
using PaymentSdk.Internal;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Filters and paging of <see cref="IInvoiceService.ListAsync"/>. Unset properties are not sent, so
/// the server's defaults apply. Sent in this order: <c>status</c>, <c>customer_id</c>,
/// <c>customer_did</c>, <c>subscription_id</c>, <c>currency_id</c>, <c>ignore_zero</c>,
/// <c>include_staking</c>, <c>include_return_staking</c>, <c>include_overdraft_protection</c>,
/// <c>include_recovered_from</c>, <c>metadata.{key}</c> (in the dictionary's order), the page and order keys of
/// <see cref="PaginationOptions"/>, then <c>livemode</c>.
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
        MetadataRules.Filter(Metadata, "options." + nameof(Metadata));
    }

    internal override void WriteFilters(ref GeneratedQueryStringBuilder query)
    {
        query.Add("status", Status);
        query.Add("customer_id", CustomerId);
        query.Add("customer_did", CustomerDid);
        query.Add("subscription_id", SubscriptionId);
        query.Add("currency_id", CurrencyId);
        query.Add("ignore_zero", IgnoreZero);
        query.Add("include_staking", IncludeStaking);
        query.Add("include_return_staking", IncludeReturnStaking);
        query.Add("include_overdraft_protection", IncludeOverdraftProtection);
        query.Add("include_recovered_from", IncludeRecoveredFrom);
        query.AddMetadata(Metadata);
    }
}
