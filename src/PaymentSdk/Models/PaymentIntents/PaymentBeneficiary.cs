using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>One receiver of a payment's funds (the schema's <c>PaymentBeneficiary</c>).</summary>
public sealed class PaymentBeneficiary : PaymentEntity
{
    /// <summary>The receiver's address.</summary>
    [JsonPropertyName("address")]
    public string Address { get; set; } = string.Empty;

    /// <summary>The receiver's share of the payment, as the text the server sends.</summary>
    [JsonPropertyName("share")]
    public string Share { get; set; } = string.Empty;

    /// <summary>The receiver's display name, if any.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The URL of the receiver's avatar, if any.</summary>
    [JsonPropertyName("avatar")]
    public string? Avatar { get; set; }

    /// <summary>A note about the share, if any.</summary>
    [JsonPropertyName("memo")]
    public string? Memo { get; set; }
}
