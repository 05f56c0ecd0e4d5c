using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>One page of a list or search result.</summary>
/// <typeparam name="T">The type of the listed objects.</typeparam>
public sealed class Paginated<T> : PaymentEntity where T : PaymentEntity
{
    /// <summary>The total number of objects that match, across all pages.</summary>
    [JsonPropertyName("count")]
    public int Count { get; set; }

    /// <summary>The objects on this page.</summary>
    [JsonPropertyName("list")]
    public List<T> List { get; set; } = new();

    /// <summary>The subscription the list was filtered by: a list filtered by subscription may also carry it.</summary>
    [JsonPropertyName("subscription")]
    public Subscription? Subscription { get; set; }
}
