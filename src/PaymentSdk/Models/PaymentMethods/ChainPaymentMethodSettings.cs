using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Connection settings of a method on an ArcBlock or EVM chain (ArcBlock, Ethereum, Base): where
/// its node and explorer are.
/// </summary>
public sealed class ChainPaymentMethodSettings : PaymentEntity
{
    /// <summary>The chain's ID.</summary>
    [JsonPropertyName("chain_id")]
    public string? ChainId { get; set; }

    /// <summary>The URL of the chain node's API.</summary>
    [JsonPropertyName("api_host")]
    public string? ApiHost { get; set; }

    /// <summary>The URL of the chain's explorer.</summary>
    [JsonPropertyName("explorer_host")]
    public string? ExplorerHost { get; set; }

    /// <summary>The symbol of the chain's native token (EVM chains).</summary>
    [JsonPropertyName("native_symbol")]
    public string? NativeSymbol { get; set; }

    /// <summary>How many block confirmations a payment needs (EVM chains).</summary>
    [JsonPropertyName("confirmation")]
    public long? Confirmation { get; set; }
}
