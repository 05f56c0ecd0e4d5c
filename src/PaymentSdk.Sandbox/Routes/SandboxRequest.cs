using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>What a route needs of a request: its mode, the path's <c>{id}</c>, the query and the JSON body.</summary>
/// <param name="Livemode">The <c>livemode</c> query parameter (absent means live, as payment-js's default).</param>
/// <param name="Id">The path's id, or null for a route without one.</param>
/// <param name="Query">The query parameters.</param>
/// <param name="Body">The JSON body; undefined when there is none.</param>
internal sealed record SandboxRequest(bool Livemode, string? Id, IQueryCollection Query, JsonElement Body)
{
    /// <summary>The path's id of a route that has one.</summary>
    public string RequiredId => Id ?? throw new InvalidOperationException("This route has no {id}.");
}
