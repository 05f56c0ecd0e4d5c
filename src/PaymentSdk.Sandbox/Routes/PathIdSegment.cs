using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>
/// Where a route's <c>{id}</c> sits, counted from the end of its path, and how to read it as Express does: the
/// segment as sent, percent-decoded once. ASP.NET Core's own decoded path cannot serve: it keeps <c>%2F</c> encoded
/// (so that a setting's mount location <c>/blog</c>, sent as <c>%2Fblog</c>, stays one segment) but decodes <c>%25</c>,
/// so an id sent as <c>a%2Fb</c> and one sent as <c>a%252Fb</c> would read alike.
/// </summary>
/// <param name="SegmentsAfter">How many path segments follow the id (<c>/api/invoices/{id}/void</c>: one).</param>
internal sealed record PathIdSegment(int SegmentsAfter)
{
    /// <summary>The id's place in <paramref name="pattern"/>, or null when the route has no <c>{id}</c>.</summary>
    public static PathIdSegment? Of(string pattern)
    {
        var segments = pattern.Trim('/').Split('/');
        var index = Array.IndexOf(segments, "{id}");
        return index < 0 ? null : new PathIdSegment(segments.Length - 1 - index);
    }

    /// <summary>
    /// The id of the request <paramref name="http"/>. From the request target as sent where it can be split as the
    /// route was matched (no dot segment, which the server resolved before matching); else the route value, whose
    /// <c>%2F</c> is then a slash.
    /// </summary>
    public string? Read(HttpContext http)
    {
        var routeValue = http.GetRouteValue("id") as string;
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null || !target.StartsWith('/')) return Fallback(routeValue);
        var path = target.Split('?', 2)[0].TrimEnd('/');
        var segments = path.Split('/');
        if (segments.Any(s => s is "." or ".." || s.Equals("%2E", StringComparison.OrdinalIgnoreCase) || s.Contains("%2E%2E", StringComparison.OrdinalIgnoreCase))
            || segments.Length <= SegmentsAfter + 1)
            return Fallback(routeValue);
        return Uri.UnescapeDataString(segments[^(SegmentsAfter + 1)]);
    }

    private static string? Fallback(string? routeValue) => routeValue?.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
