using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Something that happened in Payment Kit, as it delivers it to a webhook endpoint: an invoice paid,
/// voided, updated, ... Read a verified one with <see cref="PaymentWebhookVerifier.ConstructEvent"/>; the
/// object it is about is in <see cref="Data"/>.
/// </summary>
public sealed class PaymentEvent : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the event. Deliveries are retried: use it to handle each event once.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the event happened in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>What happened, such as <c>invoice.paid</c>: an open set, with the known values in <see cref="PaymentEventTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>The API version the event's object is written in.</summary>
    [JsonPropertyName("api_version")]
    public string? ApiVersion { get; set; }

    /// <summary>The object the event is about, and the attributes it had before.</summary>
    [JsonPropertyName("data")]
    public PaymentEventData Data { get; set; } = new();

    /// <summary>The kind of object the event is about, such as <c>Invoice</c>.</summary>
    [JsonPropertyName("object_type")]
    public string? ObjectType { get; set; }

    /// <summary>The id of the object the event is about.</summary>
    [JsonPropertyName("object_id")]
    public string? ObjectId { get; set; }

    /// <summary>The API request that caused the event, when one did.</summary>
    [JsonPropertyName("request")]
    public PaymentEventRequest? Request { get; set; }

    /// <summary>How many webhook endpoints had not yet received the event when it was sent.</summary>
    [JsonPropertyName("pending_webhooks")]
    public int PendingWebhooks { get; set; }

    /// <summary>Key-value data attached to the event, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>When the event was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the event was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The type and id, for logs (an event's content is the customer's business: it is not shown).</summary>
    public override string ToString() => $"{Type} {Id}";
}
