using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Filters and paging of <see cref="IPriceService.ListAsync"/>. Unset properties are not sent, so the server's defaults
/// apply. Sent in this order: <c>active</c>, <c>type</c>, <c>currency_id</c>, <c>product_id</c>, <c>lookup_key</c>,
/// the page and order keys of <see cref="PaginationOptions"/>, then <c>livemode</c>. payment-js declares no metadata
/// filter for prices.
/// </summary>
public class PriceListOptions : PaginationOptions
{
    /// <summary>Only active (true) or archived (false) prices (<c>active</c>).</summary>
    public bool? Active { get; set; }

    /// <summary>Only prices of this type: <c>one_time</c> or <c>recurring</c> (<c>type</c>).</summary>
    public string? Type { get; set; }

    /// <summary>Only prices in this payment currency (<c>currency_id</c>).</summary>
    public string? CurrencyId { get; set; }

    /// <summary>Only prices of this product (<c>product_id</c>).</summary>
    public string? ProductId { get; set; }

    /// <summary>Only the price with this lookup key (<c>lookup_key</c>).</summary>
    public string? LookupKey { get; set; }

    internal override void Validate()
    {
        base.Validate();
        BodyRules.Text(Type, "options." + nameof(Type));
        BodyRules.Text(CurrencyId, "options." + nameof(CurrencyId));
        BodyRules.Text(ProductId, "options." + nameof(ProductId));
        BodyRules.Text(LookupKey, "options." + nameof(LookupKey));
    }

    internal override void WriteFilters(ref GeneratedQueryStringBuilder query)
    {
        query.Add("active", Active);
        query.Add("type", Type);
        query.Add("currency_id", CurrencyId);
        query.Add("product_id", ProductId);
        query.Add("lookup_key", LookupKey);
    }
}
