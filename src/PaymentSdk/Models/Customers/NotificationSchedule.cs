using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>When a customer's notification digest is sent (the schema's <c>NotificationSchedule</c>).</summary>
public sealed class NotificationSchedule : PaymentEntity
{
    /// <summary>The time of day, as the server sends it (such as <c>09:00</c>).</summary>
    [JsonPropertyName("time")]
    public string Time { get; set; } = string.Empty;

    /// <summary>The day of the week or month, for weekly and monthly digests.</summary>
    [JsonPropertyName("date")]
    public int? Date { get; set; }
}
