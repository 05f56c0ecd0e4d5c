using System.Collections.Generic;
using System.Globalization;
using Refit;

namespace PaymentSdk.Http;

/// <summary>
/// Writes typed values into a query as Payment Kit reads them, the way payment-js's <c>qs</c> writes them: booleans as
/// <c>true</c>/<c>false</c>, numbers in the invariant culture, unset values left out. Refit escapes keys and values.
/// </summary>
internal static class QueryPairs
{
    public static void Add(this ref GeneratedQueryStringBuilder query, string key, string? value) => query.Add(key, value, false);

    public static void Add(this ref GeneratedQueryStringBuilder query, string key, bool? value)
    {
        if (value is { } b) query.Add(key, b ? "true" : "false", false);
    }

    public static void Add(this ref GeneratedQueryStringBuilder query, string key, int? value)
    {
        if (value is { } n) query.Add(key, n.ToString(CultureInfo.InvariantCulture), false);
    }

    /// <summary>Each entry as <c>metadata.{key}={value}</c>, in the dictionary's order (checked by <see cref="MetadataRules.Filter"/>).</summary>
    public static void AddMetadata(this ref GeneratedQueryStringBuilder query, IDictionary<string, string>? metadata)
    {
        if (metadata is null) return;
        foreach (var entry in metadata) query.Add("metadata." + entry.Key, entry.Value, false);
    }
}
