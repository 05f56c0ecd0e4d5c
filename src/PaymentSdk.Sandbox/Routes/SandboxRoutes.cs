using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>
/// Where a resource module declares its routes, one line each: verb, path, and whether it reads the state
/// (<see cref="Read"/>, answered inside the lock) or changes it (<see cref="Change"/>, whose events are published
/// after the lock is released). Reading the request and refusing it Payment Kit's way are done here once.
/// </summary>
internal sealed class SandboxRoutes(IEndpointRouteBuilder api, SandboxState state)
{
    public SandboxState State => state;

    public void Read(string verb, string pattern, Func<SandboxRequest, ModeState, byte[]> answer) =>
        Map(verb, pattern, request => state.Read(request.Livemode, mode => answer(request, mode)));

    public void Change(string verb, string pattern, Func<SandboxRequest, Change, byte[]> answer) =>
        Map(verb, pattern, request => state.Change(request.Livemode, change => answer(request, change)));

    /// <summary>A route that takes the lock itself (or not at all).</summary>
    public void Map(string verb, string pattern, Func<SandboxRequest, byte[]> answer) =>
        api.MapMethods(pattern, [verb], async (HttpContext http) =>
        {
            try
            {
                var body = await JsonBody.ReadAsync(http.Request);
                var request = new SandboxRequest(QueryReader.LiveMode(http.Request.Query), PathId(http), http.Request.Query, body);
                return Answers.Json(answer(request));
            }
            catch (SandboxException refusal)
            {
                return Answers.Refuse(refusal.Status, refusal.Message);
            }
        });

    /// <summary>
    /// The path's <c>{id}</c> as Express decodes it. ASP.NET Core decodes every escape in the path but <c>%2F</c>, so
    /// that a slash inside a segment (a setting's mount location <c>/blog</c>, sent as <c>%2Fblog</c>) stays apart from
    /// the path's own slashes; the id is one segment, so its <c>%2F</c> is a slash.
    /// </summary>
    private static string? PathId(HttpContext http) =>
        (http.GetRouteValue("id") as string)?.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
