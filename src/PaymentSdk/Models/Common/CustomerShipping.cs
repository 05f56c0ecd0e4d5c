using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>Where and to whom a customer's goods are shipped.</summary>
public sealed class CustomerShipping : PaymentEntity
{
    /// <summary>The shipping address.</summary>
    [JsonPropertyName("address")]
    public CustomerAddress Address { get; set; } = new();

    /// <summary>The recipient's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The recipient's phone number.</summary>
    [JsonPropertyName("phone")]
    public string Phone { get; set; } = string.Empty;
}
