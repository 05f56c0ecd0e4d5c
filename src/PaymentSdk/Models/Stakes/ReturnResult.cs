using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>The outcome of asking Payment Kit to return the stake of an invoice.</summary>
public sealed class ReturnResult : PaymentEntity
{
    /// <summary>Whether the stake return was started.</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>ID of the subscription whose stake is returned, if any.</summary>
    [JsonPropertyName("subscriptionId")]
    public string? SubscriptionId { get; set; }

    /// <summary>Why the stake could not be returned, when <see cref="Success"/> is false.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
