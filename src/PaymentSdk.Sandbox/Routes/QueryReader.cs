using System.Globalization;
using Microsoft.AspNetCore.Http;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>
/// Reads query parameters as Payment Kit's validation does, refusing bad values with its kind of message
/// (<c>"pageSize" must be less than or equal to 100</c>). Unknown parameters are ignored.
/// </summary>
internal static class QueryReader
{
    public const int MaxPageSize = 100, DefaultPageSize = 20;

    /// <summary><c>livemode</c>: absent means live, as payment-js's default.</summary>
    public static bool LiveMode(IQueryCollection query) => Boolean(query, "livemode", defaultValue: true);

    public static PageRequest Page(IQueryCollection query) =>
        new(Integer(query, "page", 1, 1, int.MaxValue), Integer(query, "pageSize", DefaultPageSize, 1, MaxPageSize), Order(query));

    /// <summary>
    /// The sort keys payment-js sends for an <c>OrderItem[]</c>: <c>order[0][0]=created_at&amp;order[0][1]=DESC</c>, …,
    /// read while the next index is present. A field the sandbox cannot sort by, or a direction other than ASC or DESC,
    /// is refused rather than ignored, so that a test never trusts an order it did not get.
    /// </summary>
    private static List<OrderKey> Order(IQueryCollection query)
    {
        var keys = new List<OrderKey>();
        for (var i = 0; Text(query, $"order[{i}][0]") is { } field; i++)
        {
            if (!OrderKey.Fields.Contains(field))
                throw SandboxException.BadRequest($"\"order[{i}][0]\" must be one of [{string.Join(", ", OrderKey.Fields)}]");
            var direction = Text(query, $"order[{i}][1]") ?? "ASC";
            keys.Add(direction.ToUpperInvariant() switch
            {
                "ASC" => new OrderKey(field, Descending: false),
                "DESC" => new OrderKey(field, Descending: true),
                _ => throw SandboxException.BadRequest($"\"order[{i}][1]\" must be one of [ASC, DESC]"),
            });
        }
        return keys;
    }

    /// <summary>The search text <c>q</c>: required.</summary>
    public static string SearchText(IQueryCollection query) =>
        Text(query, "q") ?? throw SandboxException.BadRequest("\"q\" is required");

    /// <summary>The <c>metadata.{key}</c> filters: each key with the value its metadata must have.</summary>
    public static IReadOnlyDictionary<string, string> MetadataFilters(IQueryCollection query) =>
        query.Where(pair => pair.Key.StartsWith("metadata.", StringComparison.Ordinal) && pair.Key.Length > "metadata.".Length)
            .ToDictionary(pair => pair.Key["metadata.".Length..], pair => pair.Value.ToString(), StringComparer.Ordinal);

    /// <summary>A comma list (<c>status=paid,open</c>), or null when absent.</summary>
    public static string[]? List(IQueryCollection query, string name) =>
        Text(query, name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.ToString() is { Length: > 0 } text ? text : null;

    public static bool? Boolean(IQueryCollection query, string name) => Text(query, name) switch
    {
        null => null,
        var text when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var text when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw SandboxException.BadRequest($"\"{name}\" must be a boolean"),
    };

    public static bool Boolean(IQueryCollection query, string name, bool defaultValue) => Boolean(query, name) ?? defaultValue;

    private static int Integer(IQueryCollection query, string name, int defaultValue, int min, int max)
    {
        if (Text(query, name) is not { } text) return defaultValue;
        // As Joi converts: any decimal number ("10.0", "1e1") is a number; only a whole one is an integer.
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw SandboxException.BadRequest($"\"{name}\" must be a number");
        if (value != decimal.Truncate(value)) throw SandboxException.BadRequest($"\"{name}\" must be an integer");
        if (value < min) throw SandboxException.BadRequest($"\"{name}\" must be greater than or equal to {min}");
        if (value > max) throw SandboxException.BadRequest($"\"{name}\" must be less than or equal to {max}");
        return (int)value;
    }
}
