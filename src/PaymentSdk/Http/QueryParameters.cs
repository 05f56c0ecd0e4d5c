using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaymentSdk.Http;

/// <summary>
/// The query parameters of one request, in the order they were added (payment-js keeps the
/// caller's order). Unset values are left out; booleans are <c>true</c>/<c>false</c>, numbers decimal.
/// </summary>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _items = new();

    public void Add(string name, string? value)
    {
        if (value is not null) _items.Add(new KeyValuePair<string, string>(name, value));
    }

    public void Add(string name, bool? value)
    {
        if (value is { } b) _items.Add(new KeyValuePair<string, string>(name, b ? "true" : "false"));
    }

    public void Add(string name, int? value)
    {
        if (value is { } n) _items.Add(new KeyValuePair<string, string>(name, n.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The encoded query string without its leading <c>?</c>.</summary>
    /// <param name="paramName">The caller's parameter, named if a value cannot be encoded.</param>
    public string Encode(string paramName)
    {
        var builder = new StringBuilder();
        foreach (var item in _items)
        {
            if (builder.Length > 0) builder.Append('&');
            builder.Append(UriComponent.Encode(item.Key, paramName)).Append('=').Append(UriComponent.Encode(item.Value, paramName));
        }
        return builder.ToString();
    }
}
