using System.Collections.Generic;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Filters and paging of <see cref="IProductService.ListAsync"/>. Unset properties are not sent, so the server's
/// defaults apply. Sent in this order (payment-js's, as recorded): <c>active</c>, <c>name</c>, <c>description</c>,
/// <c>metadata.{key}</c> (in the dictionary's order), the page and order keys of <see cref="PaginationOptions"/>, then <c>livemode</c>.
/// </summary>
public class ProductListOptions : PaginationOptions
{
    /// <summary>Only active (true) or archived (false) products (<c>active</c>).</summary>
    public bool? Active { get; set; }

    /// <summary>Only products with this name (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Only products with this description (<c>description</c>).</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Only products whose metadata has these values, sent as <c>metadata.{key}={value}</c>. Keys up to 40 characters,
    /// values up to 500 (Payment Kit's limits).
    /// </summary>
    public IDictionary<string, string>? Metadata { get; set; }

    internal override void Validate()
    {
        base.Validate();
        BodyRules.Text(Name, "options." + nameof(Name));
        BodyRules.Text(Description, "options." + nameof(Description));
        MetadataRules.Filter(Metadata, "options." + nameof(Metadata));
    }

    internal override void WriteFilters(ref GeneratedQueryStringBuilder query)
    {
        query.Add("active", Active);
        query.Add("name", Name);
        query.Add("description", Description);
        query.AddMetadata(Metadata);
    }
}
