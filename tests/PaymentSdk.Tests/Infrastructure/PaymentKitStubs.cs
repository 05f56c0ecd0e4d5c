using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// What every <see cref="WireMockFixture"/> answers before a test adds stubs of its own: every route of the one table
/// (<see cref="ApiOperations"/>) with its row's answer, below any mount point (<c>/{mount}/api/...</c>), ids that fail in a
/// chosen way, and three pages to walk for mount points starting with <c>paging</c>, <c>pagecount</c>
/// or <c>searchpaging</c>. Paths are matched as WireMock.Net decodes them, so an id that holds a
/// <c>/</c> still reaches its route.
/// </summary>
public static class PaymentKitStubs
{
    // Lower numbers win: ids with a fixed answer, then paging, then the routes with a suffix, then the generic ones.
    private const int FixedAnswer = 3;
    private const int Paging = 4;
    private const int SpecificRoute = 5;
    private const int GenericRoute = 10;

    /// <summary>The ids whose retrieve (or void, or returnStake) fails with a status, and the body that comes with it.</summary>
    public static readonly IReadOnlyList<(string Method, string Route, int Status, string ContentType, string Body)> Errors =
    [
        ("GET", "inv_err_400", 400, "application/json; charset=utf-8", """{"error":"metadata.order_id must be a string"}"""),
        ("GET", "inv_err_401", 401, "application/json; charset=utf-8", """{"error":"verify sig failed"}"""),
        ("GET", "inv_err_403", 403, "application/json; charset=utf-8", """{"code":"forbidden","error":"no permission"}"""),
        ("GET", "inv_err_404", 404, "application/json; charset=utf-8", """{"error":{"message":"Invoice not found","code":"resource_missing"}}"""),
        ("POST", "inv_err_409/void", 409, "application/json; charset=utf-8", """{"message":"Invoice inv_err_409 is paid and cannot be voided","code":"invoice_not_voidable"}"""),
        ("POST", "inv_err_429/return-stake", 429, "text/plain; charset=utf-8", "Too Many Requests"),
        ("GET", "inv_err_500", 500, "application/json; charset=utf-8", """{"error":"Internal Server Error"}"""),
        ("GET", "inv_err_502", 502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
        ("GET", "inv_err_503", 503, "application/json; charset=utf-8", """{"message":"Payment Kit is under maintenance"}"""),
        ("GET", "inv_err_418", 418, "application/json; charset=utf-8", """{"error":"I am a teapot"}"""),
    ];

    /// <summary>The ids whose retrieve answers 200 with a body that is not the invoice.</summary>
    public static readonly IReadOnlyList<(string Id, string ContentType, string Body)> BadBodies =
    [
        ("inv_html_200", "text/html", "<html><body>Login required</body></html>"),
        ("inv_truncated", "application/json; charset=utf-8", """{"id":"inv_truncated","total":"12345"""),
        ("inv_empty", "application/json; charset=utf-8", ""),
        ("inv_null", "application/json; charset=utf-8", "null"),
        ("inv_wrong_shape", "application/json; charset=utf-8", """{"id":"inv_wrong_shape","lines":"not a list"}"""),
    ];

    /// <summary>The retrieve of this id answers after <see cref="SlowMilliseconds"/>.</summary>
    public const string SlowId = "inv_slow";

    public const int SlowMilliseconds = 3000;

    public static void AddTo(WireMockServer server)
    {
        void Resource(string resource, int priority, string method, string pathRegex, IResponseBuilder response) =>
            server.Given(Request.Create().UsingMethod(method).WithPath(new RegexMatcher("^/[^/]+/api/" + resource + pathRegex + "$")))
                .AtPriority(priority)
                .RespondWith(response);
        void Route(int priority, string method, string pathRegex, IResponseBuilder response) => Resource("invoices", priority, method, pathRegex, response);

        // Every method of the one table answers its row's file; a route with a literal part after the resource
        // (search, /void, /return-stake, …) wins over the one that takes any id there.
        foreach (var operation in ApiOperations.All)
        {
            var segments = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var specific = segments.Length > 2 && !segments[^1].StartsWith('{');
            var pathRegex = string.Join("/", segments.Select(s => s.StartsWith('{') ? ".+" : System.Text.RegularExpressions.Regex.Escape(s)));
            server.Given(Request.Create().UsingMethod(operation.Verb).WithPath(new RegexMatcher("^/[^/]+/" + pathRegex + "$")))
                .AtPriority(specific ? SpecificRoute : GenericRoute)
                .RespondWith(Stubs.Ok(operation.Answer));
        }

        foreach (var (method, route, status, contentType, body) in Errors)
            Route(FixedAnswer, method, "/" + route, Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        foreach (var (id, contentType, body) in BadBodies)
            Route(FixedAnswer, "GET", "/" + id, Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(body));
        Route(FixedAnswer, "GET", "/inv_redirect", Response.Create().WithStatusCode(302).WithHeader("Location", "https://elsewhere.example/api/invoices/inv_123"));
        Route(FixedAnswer, "GET", "/" + SlowId, Stubs.Ok("invoice-with-discount.json").WithDelay(SlowMilliseconds));

        // Three pages of 2, 2 and 1 invoices (count 5); two full pages whose count (4) ends the walk.
        foreach (var (mountPrefix, route, pages) in new[]
        {
            ("paging", "", new[] { "paging-page1.json", "paging-page2.json", "paging-page3.json" }),
            ("pagecount", "", new[] { "paging-count-page1.json", "paging-count-page2.json" }),
            ("searchpaging", "/search", new[] { "paging-page1.json", "paging-page2.json", "paging-page3.json" }),
        })
        {
            for (var page = 1; page <= pages.Length; page++)
            {
                server.Given(Request.Create().UsingGet()
                        .WithPath(new RegexMatcher("^/" + mountPrefix + "[^/]*/api/invoices" + route + "$"))
                        .WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .AtPriority(Paging)
                    .RespondWith(Stubs.Ok(pages[page - 1]));
            }
        }
    }
}
