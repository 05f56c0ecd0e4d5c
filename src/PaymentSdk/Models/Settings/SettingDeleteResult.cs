using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>What Payment Kit answers when a setting is deleted (<see cref="ISettingService.DeleteAsync"/>).</summary>
public sealed class SettingDeleteResult : PaymentEntity
{
    /// <summary>The server's message about the deletion.</summary>
    [JsonPropertyName("message")]
    public string Message { get; set; } = string.Empty;
}
