using System.Text.RegularExpressions;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Mount points and the requests below them, the same for every <see cref="IRequestLog"/>.</summary>
public static class RequestLogExtensions
{
    /// <summary>A base URL with a mount point of the test's own, so its requests can be told apart.</summary>
    public static Uri BaseUrl(this IRequestLog server, string mount) => new(server.Root, "/" + mount);

    /// <summary>The requests received below a mount point, oldest first.</summary>
    public static IReadOnlyList<LoggedRequest> Requests(this IRequestLog server, string mount) =>
        server.RequestsMatching("^/" + Regex.Escape(mount) + "([/?].*)?$");

    /// <summary>The requests whose target (path and query, as sent) matches <paramref name="targetRegex"/>, oldest first.</summary>
    public static IReadOnlyList<LoggedRequest> RequestsMatching(this IRequestLog server, string targetRegex) =>
        server.AllRequests.Where(r => Regex.IsMatch(r.Url, targetRegex)).OrderBy(r => r.ReceivedAt).ToList();

    /// <summary>The only request below a mount point; fails the test if there is not exactly one.</summary>
    public static LoggedRequest SingleRequest(this IRequestLog server, string mount)
    {
        var requests = server.Requests(mount);
        Assert.True(requests.Count == 1, $"Expected one request below /{mount}, the server logged {requests.Count}: {string.Join(", ", requests.Select(r => r.Method + " " + r.Url))}");
        return requests[0];
    }
}
