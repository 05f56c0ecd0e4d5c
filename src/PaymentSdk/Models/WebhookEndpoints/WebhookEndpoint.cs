using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A URL Payment Kit delivers events to (<c>/api/webhook-endpoints</c>).</summary>
public class WebhookEndpoint : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the endpoint.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the endpoint receives live (true) or test (false) events.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>The API version events are written in for this endpoint.</summary>
    [JsonPropertyName("api_version")]
    public string? ApiVersion { get; set; }

    /// <summary>Where events are POSTed.</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>What the endpoint is for.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The event types delivered to it, such as <c>invoice.paid</c> (see <see cref="PaymentEventTypes"/>).</summary>
    [JsonPropertyName("enabled_events")]
    public List<string> EnabledEvents { get; set; } = new();

    /// <summary>Key-value data attached to the endpoint, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary><c>enabled</c> or <c>disabled</c> (an open set: see <see cref="WebhookEndpointStatus"/>).</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>How the endpoint was made: <c>api</c>, <c>dashboard</c> or <c>portal</c>.</summary>
    [JsonPropertyName("created_via")]
    public string? CreatedVia { get; set; }

    /// <summary>When the endpoint was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the endpoint was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
