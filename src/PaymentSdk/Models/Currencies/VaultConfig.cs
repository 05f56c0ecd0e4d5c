using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>When a currency's collected funds move to a vault (the schema's <c>VaultConfig</c>).</summary>
public sealed class VaultConfig : PaymentEntity
{
    /// <summary>Whether funds move to the vault at all.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    /// <summary>The balance above which funds are deposited into the vault, in the currency's smallest unit.</summary>
    [JsonPropertyName("deposit_threshold")]
    public Amount DepositThreshold { get; set; }

    /// <summary>The balance below which funds are withdrawn from the vault, in the currency's smallest unit.</summary>
    [JsonPropertyName("withdraw_threshold")]
    public Amount WithdrawThreshold { get; set; }

    /// <summary>The balance kept out of the vault as a buffer, in the currency's smallest unit.</summary>
    [JsonPropertyName("buffer_threshold")]
    public Amount BufferThreshold { get; set; }
}
