using System.Text;
using WireMock;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// One request as a server received it, what really crossed the wire: the method, the request target
/// (path and query exactly as sent, still percent-encoded), the headers and the body.
/// </summary>
public sealed record LoggedRequest(string Method, string Url, string Body, IReadOnlyDictionary<string, string> Headers, DateTime ReceivedAt)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The path part of <see cref="Url"/>, still percent-encoded as sent.</summary>
    public string Path => Url.Split('?')[0];

    /// <summary>The query string as sent (after the '?'), or empty.</summary>
    public string Query => Url.Contains('?') ? Url[(Url.IndexOf('?') + 1)..] : "";

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>The body bytes as text; bytes that are not UTF-8 fail the test rather than being replaced.</summary>
    public static string BodyText(byte[]? body) => body is null ? "" : StrictUtf8.GetString(body);

    /// <summary>A request from WireMock.Net's request log, with the target <see cref="WireMockFixture"/> kept as it arrived.</summary>
    public static LoggedRequest From(IRequestMessage request)
    {
        var headers = new Dictionary<string, string>();
        foreach (var (name, values) in request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            headers[name.ToLowerInvariant()] = string.Join(",", values);
        if (!headers.Remove(WireMockFixture.RawTargetHeader, out var target))
            throw new InvalidOperationException("The request was logged without its raw target: was it received by WireMockFixture's server?");
        return new LoggedRequest(request.Method, target, BodyText(request.BodyAsBytes), headers, request.DateTime);
    }
}
