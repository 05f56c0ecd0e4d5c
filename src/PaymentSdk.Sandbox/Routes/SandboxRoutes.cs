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
    public void Map(string verb, string pattern, Func<SandboxRequest, byte[]> answer)
    {
        var id = PathIdSegment.Of(pattern);
        api.MapMethods(pattern, [verb], async (HttpContext http) =>
        {
            try
            {
                var body = await JsonBody.ReadAsync(http.Request);
                var request = new SandboxRequest(QueryReader.LiveMode(http.Request.Query), id?.Read(http), http.Request.Query, body);
                return Answers.Json(answer(request));
            }
            catch (SandboxException refusal)
            {
                return Answers.Refuse(refusal.Status, refusal.Message);
            }
        });
    }
}
