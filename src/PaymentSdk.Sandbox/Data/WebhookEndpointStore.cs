using System.Text.Json;
using PaymentSdk.Sandbox.Events;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// The webhook endpoints registered with the sandbox, per mode, with Payment Kit's rules for them: what
/// payment-js's <c>webhookEndpoints</c> methods send (<c>url</c>, <c>enabled_events</c>, <c>description</c>,
/// <c>metadata</c>, <c>status</c>, ...) and what Payment Kit answers.
/// </summary>
internal sealed class WebhookEndpointStore(TimeProvider clock, DeliveryLog deliveries)
{
    private readonly Lock _gate = new();
    private readonly List<WebhookEndpoint> _test = [];
    private readonly List<WebhookEndpoint> _live = [];

    public byte[] Create(bool livemode, JsonElement body)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = "we_" + Guid.NewGuid().ToString("N")[..24],
            Livemode = livemode,
            ApiVersion = "2023-09-05",
            Status = WebhookEndpointStatus.Enabled,
            CreatedVia = "api",
            CreatedAt = clock.GetUtcNow(),
        };
        endpoint.UpdatedAt = endpoint.CreatedAt;
        Apply(endpoint, body, creating: true);
        lock (_gate) Mode(livemode).Insert(0, endpoint);
        return JsonSerializer.SerializeToUtf8Bytes(endpoint, SandboxJson.Context.WebhookEndpoint);
    }

    public byte[] Retrieve(bool livemode, string id)
    {
        lock (_gate) return JsonSerializer.SerializeToUtf8Bytes(Expand(Find(livemode, id)), SandboxJson.Context.WebhookEndpointExpanded);
    }

    public byte[] Update(bool livemode, string id, JsonElement body)
    {
        lock (_gate)
        {
            var endpoint = Find(livemode, id);
            Apply(endpoint, body, creating: false);
            endpoint.UpdatedAt = clock.GetUtcNow();
            return JsonSerializer.SerializeToUtf8Bytes(endpoint, SandboxJson.Context.WebhookEndpoint);
        }
    }

    public byte[] List(bool livemode, PageRequest page)
    {
        lock (_gate)
        {
            var all = Mode(livemode);
            var result = new Paginated<WebhookEndpointExpanded>
            {
                Count = all.Count,
                List = all.Skip((int)Math.Min(int.MaxValue, (long)(page.Page - 1) * page.PageSize)).Take(page.PageSize).Select(Expand).ToList(),
            };
            return JsonSerializer.SerializeToUtf8Bytes(result, SandboxJson.Context.PaginatedWebhookEndpointExpanded);
        }
    }

    public byte[] Delete(bool livemode, string id)
    {
        lock (_gate)
        {
            var endpoint = Find(livemode, id);
            Mode(livemode).Remove(endpoint);
            return JsonSerializer.SerializeToUtf8Bytes(endpoint, SandboxJson.Context.WebhookEndpoint);
        }
    }

    /// <summary>The enabled endpoints of a mode that asked for events of <paramref name="eventType"/> (or for every event, <c>*</c>).</summary>
    public IReadOnlyList<(string Id, string Url)> Subscribers(bool livemode, string eventType)
    {
        lock (_gate)
        {
            return Mode(livemode)
                .Where(e => e.Status == WebhookEndpointStatus.Enabled && e.EnabledEvents.Any(t => t == eventType || t == "*"))
                .Select(e => (e.Id, e.Url))
                .ToList();
        }
    }

    private List<WebhookEndpoint> Mode(bool livemode) => livemode ? _live : _test;

    private WebhookEndpoint Find(bool livemode, string id) =>
        Mode(livemode).Find(e => e.Id == id) ?? throw new SandboxException(404, $"Webhook endpoint {id} not found in {(livemode ? "live" : "test")} mode");

    private WebhookEndpointExpanded Expand(WebhookEndpoint endpoint)
    {
        var expanded = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(endpoint, SandboxJson.Context.WebhookEndpoint), SandboxJson.Context.WebhookEndpointExpanded)!;
        expanded.Object = "webhook_endpoint";
        expanded.Attempts = deliveries.AttemptsFor(endpoint.Id);
        return expanded;
    }

    /// <summary>Takes the fields of a create or update body, refusing what Payment Kit's validation refuses.</summary>
    private static void Apply(WebhookEndpoint endpoint, JsonElement body, bool creating)
    {
        if (body.ValueKind != JsonValueKind.Object) throw SandboxException.BadRequest("The body must be a JSON object");
        if (body.TryGetProperty("url", out var url))
        {
            if (url.ValueKind != JsonValueKind.String || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                throw SandboxException.BadRequest("\"url\" must be a valid uri");
            endpoint.Url = url.GetString()!;
        }
        else if (creating) throw SandboxException.BadRequest("\"url\" is required");
        if (body.TryGetProperty("enabled_events", out var events))
        {
            if (events.ValueKind != JsonValueKind.Array || events.GetArrayLength() == 0 || events.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
                throw SandboxException.BadRequest("\"enabled_events\" must be a non-empty array of event types");
            endpoint.EnabledEvents = events.EnumerateArray().Select(e => e.GetString()!).ToList();
        }
        else if (creating) throw SandboxException.BadRequest("\"enabled_events\" is required");
        if (body.TryGetProperty("description", out var description))
            endpoint.Description = description.ValueKind == JsonValueKind.String ? description.GetString() : throw SandboxException.BadRequest("\"description\" must be a string");
        if (body.TryGetProperty("status", out var status))
            endpoint.Status = status.GetString() is WebhookEndpointStatus.Enabled or WebhookEndpointStatus.Disabled
                ? status.GetString()!
                : throw SandboxException.BadRequest("\"status\" must be one of [enabled, disabled]");
        if (body.TryGetProperty("metadata", out var metadata))
        {
            if (metadata.ValueKind != JsonValueKind.Object) throw SandboxException.BadRequest("\"metadata\" must be of type object");
            endpoint.Metadata = metadata.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        }
    }
}
