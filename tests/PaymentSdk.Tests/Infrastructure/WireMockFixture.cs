using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// A WireMock.Net server in this process, on a free loopback port, for the tests of one class: it
/// starts with the fixture, answers Payment Kit's routes with <see cref="PaymentKitStubs"/>, takes the
/// stubs a test adds, and stops when the class is done. Tests give each client a mount point of its
/// own (<see cref="RequestLogExtensions.BaseUrl"/>) and read back only their own requests from the server's request log.
/// </summary>
public sealed class WireMockFixture : IRequestLog, IDisposable
{
    /// <summary>
    /// WireMock.Net logs the URL after ASP.NET Core has decoded it (<c>%252F</c> arrives as <c>%2F</c>,
    /// <c>%20</c> as a space), so the request target exactly as it came off the socket is added to each
    /// request under this header before WireMock.Net sees it; <see cref="LoggedRequest"/> takes it out again.
    /// </summary>
    internal const string RawTargetHeader = "x-test-raw-target";

    /// <summary>Stubs a test adds win over <see cref="PaymentKitStubs"/>.</summary>
    private const int TestStubPriority = 1;

    public WireMockFixture()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            Logger = new WireMockNullLogger(),
            // payment-js sends customers.retrieve(did, { create: true })'s option as a GET's JSON body: log it too.
            AllowBodyForAllHttpMethods = true,
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(KeepRawTarget),
        });
        PaymentKitStubs.AddTo(Server);
    }

    public WireMockServer Server { get; }

    /// <inheritdoc />
    public Uri Root => new(Server.Url!);

    /// <inheritdoc />
    public IEnumerable<LoggedRequest> AllRequests => Server.LogEntries.Select(e => LoggedRequest.From(e.RequestMessage!));

    /// <summary>Every request of any method below any mount point that starts with <paramref name="mountPrefix"/> gets <paramref name="response"/>.</summary>
    public void StubAlways(string mountPrefix, IResponseBuilder response) =>
        Server.Given(BelowMount(Regex.Escape(mountPrefix) + "[^/]*")).AtPriority(TestStubPriority).RespondWith(response);

    /// <summary>Requests below <paramref name="mount"/> get <paramref name="responses"/> in turn; once they are used up, the last one repeats.</summary>
    public void StubSequence(string mount, params IResponseBuilder[] responses) =>
        Server.Given(BelowMount(Regex.Escape(mount))).AtPriority(TestStubPriority).RespondWith(new ResponsesInTurn(responses, cycle: false));

    /// <summary>Requests below <paramref name="mount"/> get <paramref name="responses"/> in turn, round and round.</summary>
    public void StubCycle(string mount, params IResponseBuilder[] responses) =>
        Server.Given(BelowMount(Regex.Escape(mount))).AtPriority(TestStubPriority).RespondWith(new ResponsesInTurn(responses, cycle: true));

    /// <summary>Adds a stub of the test's own, which wins over <see cref="PaymentKitStubs"/>.</summary>
    public void Stub(IRequestBuilder request, IResponseBuilder response) =>
        Server.Given(request).AtPriority(TestStubPriority).RespondWith(response);

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private static IRequestBuilder BelowMount(string mountRegex) =>
        Request.Create().UsingAnyMethod().WithPath(new RegexMatcher("^/" + mountRegex + "/api/.*"));

    private static Task KeepRawTarget(HttpContext context, Func<Task> next)
    {
        context.Request.Headers[RawTargetHeader] = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        return next();
    }
}
