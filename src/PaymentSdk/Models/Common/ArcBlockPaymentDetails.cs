using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>An ArcBlock chain payment in <see cref="PaymentDetails"/>.</summary>
public sealed class ArcBlockPaymentDetails : PaymentEntity
{
    /// <summary>The hash of the transaction that paid.</summary>
    [JsonPropertyName("tx_hash")]
    public string TxHash { get; set; } = string.Empty;

    /// <summary>The address (DID) that paid.</summary>
    [JsonPropertyName("payer")]
    public string Payer { get; set; } = string.Empty;

    /// <summary>
    /// <c>slash</c>, <c>transfer</c>, <c>delegate</c>, <c>stake_return</c>, <c>credit</c>, or another
    /// value the server adds.
    /// </summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The address that received the funds, if recorded.</summary>
    [JsonPropertyName("receiver")]
    public string? Receiver { get; set; }

    /// <summary>The delegation the payment was drawn from, if any.</summary>
    [JsonPropertyName("delegation_address")]
    public string? DelegationAddress { get; set; }

    /// <summary>The stake behind the payment, if any.</summary>
    [JsonPropertyName("staking")]
    public ArcBlockStakingDetails? Staking { get; set; }
}
