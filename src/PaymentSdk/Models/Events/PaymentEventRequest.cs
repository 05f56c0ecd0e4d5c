using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>The API request that caused an event.</summary>
public sealed class PaymentEventRequest : PaymentEntity
{
    /// <summary>Identifier of the request.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The idempotency key the request was sent with, if any.</summary>
    [JsonPropertyName("idempotency_key")]
    public string? IdempotencyKey { get; set; }

    /// <summary>Who made the request, when known.</summary>
    [JsonPropertyName("requested_by")]
    public string? RequestedBy { get; set; }
}
