using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>Connection settings of a Bitcoin method (its chain ID is a number, unlike the other chains').</summary>
public sealed class BitcoinPaymentMethodSettings : PaymentEntity
{
    /// <summary>The chain's ID.</summary>
    [JsonPropertyName("chain_id")]
    public long? ChainId { get; set; }

    /// <summary>The URL of the node's API.</summary>
    [JsonPropertyName("api_host")]
    public string? ApiHost { get; set; }

    /// <summary>The URL of the explorer.</summary>
    [JsonPropertyName("explorer_host")]
    public string? ExplorerHost { get; set; }
}
