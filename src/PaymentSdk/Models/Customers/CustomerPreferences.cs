using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// A customer's preferences (the schema's <c>CustomerPreferences</c>). Preferences the schema does
/// not name (a locale, a time zone) are kept in <see cref="PaymentEntity.ExtensionData"/>.
/// </summary>
public sealed class CustomerPreferences : PaymentEntity
{
    /// <summary>How often the customer wants to be notified, if set.</summary>
    [JsonPropertyName("notification")]
    public NotificationSettings? Notification { get; set; }
}
