using System;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>When an invoice moved between statuses (<c>status_transitions</c>).</summary>
public sealed class InvoiceStatusTransitions : PaymentEntity
{
    /// <summary>When the invoice was finalized (left draft).</summary>
    [JsonPropertyName("finalized_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? FinalizedAt { get; set; }

    /// <summary>When the invoice was marked uncollectible.</summary>
    [JsonPropertyName("marked_uncollectible_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? MarkedUncollectibleAt { get; set; }

    /// <summary>When the invoice was paid.</summary>
    [JsonPropertyName("paid_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>When the invoice was voided.</summary>
    [JsonPropertyName("voided_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? VoidedAt { get; set; }
}
