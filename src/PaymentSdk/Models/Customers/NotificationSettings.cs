using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A customer's notification preference (the schema's <c>NotificationSettings</c>).</summary>
public sealed class NotificationSettings : PaymentEntity
{
    /// <summary><c>default</c>, <c>daily</c>, <c>weekly</c>, <c>monthly</c>, or another value the server adds.</summary>
    [JsonPropertyName("frequency")]
    public string Frequency { get; set; } = string.Empty;

    /// <summary>When digests are sent, for a frequency other than <c>default</c>.</summary>
    [JsonPropertyName("schedule")]
    public NotificationSchedule? Schedule { get; set; }
}
