using System.Reflection;
using System.Text.RegularExpressions;
using PaymentSdk.Tests.Infrastructure;
using Refit;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// Every route with a path id, found by reflection over the Refit interfaces, sends each id of a hostile set as
/// exactly one path segment — read from the request target as the server received it — and refuses the ids that
/// cannot be one segment before sending anything. A route added later is covered without a new test: a route with an
/// id that no method of <see cref="ApiOperations"/> reaches fails here. (payment-js itself sent <c>inv/../x y</c> as
/// <c>/api/invoices/x%20y</c>: its URL joining folded the dot-segments away.)
/// </summary>
public sealed class IdEscapingTests
{
    private const string Mount = "payment";

    /// <summary>Ids that a naive path join would break: separators, dot-segments, query and fragment marks, escapes, spaces, non-ASCII, DIDs.</summary>
    public static TheoryData<string> HostileIds => new(
        "a/b", "../x", "x/..", "..x", "x?livemode=true", "x#frag", "100%", "%2F", "with space", "a\\b", "café", "inv_😀",
        "did:abt:zNKtCNqYWLYWYW3gWRA1vnRykfCBZYHZvzKr", "x&y=z", "+1");

    /// <summary>The id in a route's path, also in Refit's round-tripping form <c>{**id}</c> (which leaves <c>/</c> unescaped).</summary>
    private static readonly Regex IdPlaceholder = new(@"\{\**id\}");

    /// <summary>Every route of every Refit interface of the SDK that has <c>{id}</c> in its path: verb and path template.</summary>
    private static readonly (string Verb, string Template)[] IdRoutes =
        typeof(PaymentClient).Assembly.GetTypes()
            .Where(t => t.IsInterface)
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<HttpMethodAttribute>())
            .OfType<HttpMethodAttribute>()
            .Where(a => IdPlaceholder.IsMatch(a.Path))
            .Select(a => (a.Method.Method, a.Path))
            .ToArray();

    [Fact]
    public void The_routes_are_found()
    {
        // Guards the reflection above: the invoice and webhook-endpoint routes with an id are among them.
        var routes = IdRoutes.Select(r => (r.Verb, IdPlaceholder.Replace(r.Template, "{id}"))).ToList();
        Assert.Contains(("POST", "/api/invoices/{id}/void"), routes);
        Assert.Contains(("DELETE", "/api/webhook-endpoints/{id}"), routes);
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task Every_route_with_an_id_sends_it_as_one_segment(string id)
    {
        using var server = new FaultServer(RawAnswers.Json(404, """{"error":"not found"}"""));
        using var payment = Client(server);

        var sent = new List<(string Operation, string Verb, string Path)>();
        foreach (var operation in ApiOperations.WithId)
        {
            await Assert.ThrowsAsync<PaymentNotFoundException>(() => operation.CallWithId(payment, id));
            var request = Assert.Single(server.Requests(Mount).Skip(sent.Count));
            sent.Add((operation.Name, request.Method, request.Path));
        }

        var segment = UriComponent.Encode(id, nameof(id));
        var expected = IdRoutes.Select(r => (r.Verb, Path: $"/{Mount}" + IdPlaceholder.Replace(r.Template, segment))).ToList();
        foreach (var (operation, verb, path) in sent)
            Assert.True(expected.Contains((verb, path)), $"{operation} sent {verb} {path}: the id '{id}' is not the one segment {segment} of any route's path.");
        foreach (var route in expected)
            Assert.True(sent.Any(s => (s.Verb, s.Path) == route), $"No method of ApiOperations reached {route.Verb} {route.Path}: add the route's method there.");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Every_method_with_an_id_refuses_a_dot_segment_before_sending(string id)
    {
        using var server = new FaultServer(RawAnswers.Json(404, """{"error":"not found"}"""));
        using var payment = Client(server);

        foreach (var operation in ApiOperations.WithId)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => operation.CallWithId(payment, id));
            Assert.Equal("id", error.ParamName);
        }

        Assert.Empty(server.AllRequests);
    }

    private static PaymentClient Client(FaultServer server) =>
        new(new PaymentClientOptions { BaseUrl = server.BaseUrl(Mount), LiveMode = false, Retry = { MaxRetries = 0 } });
}
