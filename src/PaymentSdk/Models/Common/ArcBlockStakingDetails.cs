using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>The stake behind an ArcBlock payment (<c>payment_details.arcblock.staking</c>).</summary>
public sealed class ArcBlockStakingDetails : PaymentEntity
{
    /// <summary>The hash of the staking transaction.</summary>
    [JsonPropertyName("tx_hash")]
    public string TxHash { get; set; } = string.Empty;

    /// <summary>The stake's address.</summary>
    [JsonPropertyName("address")]
    public string Address { get; set; } = string.Empty;
}
