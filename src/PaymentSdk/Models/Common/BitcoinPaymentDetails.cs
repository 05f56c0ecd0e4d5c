using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A Bitcoin payment in <see cref="PaymentDetails"/>.</summary>
public sealed class BitcoinPaymentDetails : PaymentEntity
{
    /// <summary>The hash of the transaction that paid.</summary>
    [JsonPropertyName("tx_hash")]
    public string TxHash { get; set; } = string.Empty;

    /// <summary>The address that paid.</summary>
    [JsonPropertyName("payer")]
    public string Payer { get; set; } = string.Empty;

    /// <summary>The block that holds the transaction.</summary>
    [JsonPropertyName("block_height")]
    public long? BlockHeight { get; set; }

    /// <summary>How many confirmations the transaction had when recorded.</summary>
    [JsonPropertyName("confirmations")]
    public long? Confirmations { get; set; }
}
