using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Filters and paging of <see cref="ICustomerService.ListAsync"/>. Unset properties are not sent, so the server's
/// defaults apply. Sent in this order: <c>did</c>, the page and order keys of <see cref="PaginationOptions"/>, then <c>livemode</c>.
/// </summary>
public class CustomerListOptions : PaginationOptions
{
    /// <summary>Only the customer with this DID (<c>did</c>).</summary>
    public string? Did { get; set; }

    internal override void Validate()
    {
        base.Validate();
        BodyRules.Text(Did, "options." + nameof(Did));
    }

    internal override void WriteFilters(ref GeneratedQueryStringBuilder query)
    {
        query.Add("did", Did);
    }
}
