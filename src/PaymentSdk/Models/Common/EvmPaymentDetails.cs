using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A payment on an EVM chain (Ethereum, Base) in <see cref="PaymentDetails"/>.</summary>
public sealed class EvmPaymentDetails : PaymentEntity
{
    /// <summary>The hash of the transaction that paid.</summary>
    [JsonPropertyName("tx_hash")]
    public string TxHash { get; set; } = string.Empty;

    /// <summary>The address that paid.</summary>
    [JsonPropertyName("payer")]
    public string Payer { get; set; } = string.Empty;

    /// <summary>The block that holds the transaction, as the decimal text the server sends.</summary>
    [JsonPropertyName("block_height")]
    public string? BlockHeight { get; set; }

    /// <summary>The gas the transaction used, as the decimal text the server sends.</summary>
    [JsonPropertyName("gas_used")]
    public string? GasUsed { get; set; }

    /// <summary>The gas price paid, in wei, as the decimal text the server sends.</summary>
    [JsonPropertyName("gas_price")]
    public string? GasPrice { get; set; }

    /// <summary><c>transfer</c>, <c>approve</c>, or another value the server adds.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
