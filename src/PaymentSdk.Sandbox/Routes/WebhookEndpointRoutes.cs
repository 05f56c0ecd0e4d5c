using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>Payment Kit's <c>/api/webhook-endpoints</c> routes, and the sandbox-only routes that raise events on demand.</summary>
internal static class WebhookEndpointRoutes
{
    public static void Map(RouteGroupBuilder group, WebhookEndpointStore endpoints, SandboxStore store, SandboxAuthentication authentication)
    {
        var routes = group.MapGroup("/api/webhook-endpoints").AddEndpointFilter(authentication);
        routes.MapPost("", async (HttpContext http) =>
        {
            var body = await JsonBodyAsync(http.Request);
            return InvoiceEndpoints.Answer(http, query => endpoints.Create(InvoiceQuery.LiveMode(query), body));
        });
        routes.MapGet("", (HttpContext http) =>
            InvoiceEndpoints.Answer(http, query => endpoints.List(InvoiceQuery.LiveMode(query), InvoiceQuery.Page(query))));
        routes.MapGet("/{id}", (HttpContext http, string id) =>
            InvoiceEndpoints.Answer(http, query => endpoints.Retrieve(InvoiceQuery.LiveMode(query), id)));
        routes.MapPut("/{id}", async (HttpContext http, string id) =>
        {
            var body = await JsonBodyAsync(http.Request);
            return InvoiceEndpoints.Answer(http, query => endpoints.Update(InvoiceQuery.LiveMode(query), id, body));
        });
        routes.MapDelete("/{id}", (HttpContext http, string id) =>
            InvoiceEndpoints.Answer(http, query => endpoints.Delete(InvoiceQuery.LiveMode(query), id)));

        // Sandbox-only: what a customer or Payment Kit's scheduler would do, to see its event arrive.
        var tests = group.MapGroup("/__sandbox/invoices").AddEndpointFilter(authentication);
        tests.MapPost("/{id}/pay", (HttpContext http, string id) =>
            InvoiceEndpoints.Answer(http, query => store.Pay(InvoiceQuery.LiveMode(query), id)));
        tests.MapPost("/{id}/upcoming", (HttpContext http, string id) =>
            InvoiceEndpoints.Answer(http, query => store.Upcoming(InvoiceQuery.LiveMode(query), id)));
    }

    /// <summary>The JSON body (undefined when empty); a body that is not JSON is refused as Payment Kit refuses it.</summary>
    private static async Task<JsonElement> JsonBodyAsync(HttpRequest request)
    {
        var bytes = await RequestBody.ReadAsync(request);
        if (bytes.Length == 0) return default;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default; // refused as "not a JSON object"
        }
    }
}
