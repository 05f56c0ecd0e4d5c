using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Events;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.WebhookEndpoints;

/// <summary>
/// Payment Kit's <c>/api/webhook-endpoints</c> routes, with its rules for them: what payment-js's
/// <c>webhookEndpoints</c> methods send (<c>url</c>, <c>enabled_events</c>, <c>description</c>, <c>metadata</c>,
/// <c>status</c>) and what Payment Kit answers; retrieve and list show each endpoint's delivery attempts.
/// </summary>
internal static class WebhookEndpointModule
{
    private static readonly string[] Statuses = [WebhookEndpointStatus.Enabled, WebhookEndpointStatus.Disabled];

    public static void Map(SandboxRoutes routes, DeliveryLog deliveries)
    {
        routes.Change("POST", "/api/webhook-endpoints", Create);
        routes.Read("GET", "/api/webhook-endpoints", (request, mode) => List(request, mode, deliveries));
        routes.Read("GET", "/api/webhook-endpoints/{id}", (request, mode) =>
            SandboxJson.Bytes(Expand(Find(mode, request.RequiredId), deliveries), SandboxJson.Context.WebhookEndpointExpanded));
        routes.Change("PUT", "/api/webhook-endpoints/{id}", Update);
        routes.Change("DELETE", "/api/webhook-endpoints/{id}", Delete);
    }

    /// <summary>The enabled endpoints of a mode that asked for events of <paramref name="eventType"/> (or for every event, <c>*</c>).</summary>
    public static IReadOnlyList<(string Id, string Url)> Subscribers(ModeState mode, string eventType) =>
        mode.WebhookEndpoints.All
            .Where(e => e.Status == WebhookEndpointStatus.Enabled && e.EnabledEvents.Any(t => t == eventType || t == "*"))
            .Select(e => (e.Id, e.Url))
            .ToList();

    private static byte[] Create(SandboxRequest request, Change change)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = change.NewId("we"),
            Livemode = change.Mode.Livemode,
            ApiVersion = "2023-09-05",
            Status = WebhookEndpointStatus.Enabled,
            CreatedVia = "api",
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
        };
        Apply(endpoint, request.Body, creating: true);
        change.Mode.WebhookEndpoints.Add(endpoint);
        return SandboxJson.Bytes(endpoint, SandboxJson.Context.WebhookEndpoint);
    }

    private static byte[] List(SandboxRequest request, ModeState mode, DeliveryLog deliveries)
    {
        var page = Pages.Of(mode.WebhookEndpoints.All, QueryReader.Page(request.Query), e => Expand(e, deliveries));
        return SandboxJson.Bytes(page, SandboxJson.Context.PaginatedWebhookEndpointExpanded);
    }

    private static byte[] Update(SandboxRequest request, Change change)
    {
        var endpoint = Find(change.Mode, request.RequiredId);
        Apply(endpoint, request.Body, creating: false);
        endpoint.UpdatedAt = change.Now;
        return SandboxJson.Bytes(endpoint, SandboxJson.Context.WebhookEndpoint);
    }

    private static byte[] Delete(SandboxRequest request, Change change)
    {
        var endpoint = Find(change.Mode, request.RequiredId);
        change.Mode.WebhookEndpoints.Remove(endpoint);
        return SandboxJson.Bytes(endpoint, SandboxJson.Context.WebhookEndpoint);
    }

    private static WebhookEndpoint Find(ModeState mode, string id) =>
        mode.WebhookEndpoints.Find(id) ?? throw new SandboxException(404, $"Webhook endpoint {id} not found in {mode.Name} mode");

    private static WebhookEndpointExpanded Expand(WebhookEndpoint endpoint, DeliveryLog deliveries)
    {
        var expanded = SandboxJson.Convert(endpoint, SandboxJson.Context.WebhookEndpoint, SandboxJson.Context.WebhookEndpointExpanded);
        expanded.Object = "webhook_endpoint";
        expanded.Attempts = deliveries.AttemptsFor(endpoint.Id);
        return expanded;
    }

    /// <summary>Takes the fields of a create or update body, refusing what Payment Kit's validation refuses.</summary>
    private static void Apply(WebhookEndpoint endpoint, JsonElement body, bool creating)
    {
        if (body.ValueKind != JsonValueKind.Object) throw SandboxException.BadRequest("The body must be a JSON object");
        if (Fields.String(body, "url", required: creating) is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                throw SandboxException.BadRequest("\"url\" must be a valid uri");
            endpoint.Url = url;
        }
        if (body.TryGetProperty("enabled_events", out var events))
        {
            if (events.ValueKind != JsonValueKind.Array || events.GetArrayLength() == 0 || events.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
                throw SandboxException.BadRequest("\"enabled_events\" must be a non-empty array of event types");
            endpoint.EnabledEvents = events.EnumerateArray().Select(e => e.GetString()!).ToList();
        }
        else if (creating) throw SandboxException.BadRequest("\"enabled_events\" is required");
        if (Fields.String(body, "description") is { } description) endpoint.Description = description;
        if (Fields.OneOf(body, "status", Statuses) is { } status) endpoint.Status = status;
        if (Fields.Metadata(body, endpoint.Metadata) is { } metadata) endpoint.Metadata = metadata;
    }
}
