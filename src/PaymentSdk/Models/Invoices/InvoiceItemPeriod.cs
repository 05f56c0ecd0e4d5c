using System;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>The period an invoice item covers (<c>period</c>: <c>start</c> and <c>end</c> in Unix seconds).</summary>
public sealed class InvoiceItemPeriod : PaymentEntity
{
    /// <summary>When the period starts, in UTC.</summary>
    [JsonPropertyName("start")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? Start { get; set; }

    /// <summary>When the period ends, in UTC.</summary>
    [JsonPropertyName("end")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? End { get; set; }
}
