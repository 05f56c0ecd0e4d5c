using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>One page of a list or search result.</summary>
/// <typeparam name="T">The type of the listed objects.</typeparam>
/// <remarks>
/// A list whose page carries more than the objects and their count answers a type derived from this one, such as
/// <see cref="InvoiceListPage"/>.
/// </remarks>
public class Paginated<T> : PaymentEntity where T : PaymentEntity
{
    /// <summary>The total number of objects that match, across all pages.</summary>
    [JsonPropertyName("count")]
    public int Count { get; set; }

    /// <summary>The objects on this page.</summary>
    [JsonPropertyName("list")]
    public List<T> List { get; set; } = new();
}
