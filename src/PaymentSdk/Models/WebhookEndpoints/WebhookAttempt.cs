using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>One attempt to deliver an event to a webhook endpoint.</summary>
public sealed class WebhookAttempt : PaymentEntity
{
    /// <summary>Unique identifier of the attempt.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the attempt was in live (true) or test (false) mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>The event that was delivered.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; set; }

    /// <summary>The endpoint it was delivered to.</summary>
    [JsonPropertyName("webhook_endpoint_id")]
    public string? WebhookEndpointId { get; set; }

    /// <summary><c>succeeded</c> or <c>failed</c> (an open set).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The HTTP status the endpoint answered with.</summary>
    [JsonPropertyName("response_status")]
    public int? ResponseStatus { get; set; }

    /// <summary>What the endpoint answered, as raw JSON.</summary>
    [JsonPropertyName("response_body")]
    public JsonElement? ResponseBody { get; set; }

    /// <summary>How many times the delivery had been retried.</summary>
    [JsonPropertyName("retry_count")]
    public int RetryCount { get; set; }

    /// <summary>When the attempt was made, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the attempt was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
