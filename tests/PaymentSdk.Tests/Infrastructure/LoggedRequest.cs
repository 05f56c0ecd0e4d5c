using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>One request as WireMock's journal recorded it: what really crossed the wire.</summary>
public sealed record LoggedRequest(string Method, string Url, string Body, IReadOnlyDictionary<string, string> Headers, long LoggedAt)
{
    /// <summary>The path part of <see cref="Url"/>, still percent-encoded as sent.</summary>
    public string Path => Url.Split('?')[0];

    /// <summary>The query string as sent (after the '?'), or empty.</summary>
    public string Query => Url.Contains('?') ? Url[(Url.IndexOf('?') + 1)..] : "";

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public static LoggedRequest From(JsonElement entry)
    {
        // /__admin/requests wraps each entry in {"request": ...}; /__admin/requests/find does not.
        var request = entry.TryGetProperty("request", out var wrapped) ? wrapped : entry;
        var headers = new Dictionary<string, string>();
        if (request.TryGetProperty("headers", out var logged))
            foreach (var header in logged.EnumerateObject())
                headers[header.Name.ToLowerInvariant()] = header.Value.ValueKind == JsonValueKind.Array
                    ? string.Join(",", header.Value.EnumerateArray().Select(v => v.GetString()))
                    : header.Value.GetString() ?? "";
        return new LoggedRequest(
            request.GetProperty("method").GetString()!,
            request.GetProperty("url").GetString()!,
            request.TryGetProperty("body", out var body) ? body.GetString() ?? "" : "",
            headers,
            request.TryGetProperty("loggedDate", out var date) ? date.GetInt64() : 0);
    }
}
