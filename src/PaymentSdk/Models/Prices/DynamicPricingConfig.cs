using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Settings of a dynamically priced price (<c>dynamic_pricing_config</c>). The schema names one
/// field; whatever else the server sends is kept in <see cref="PaymentEntity.ExtensionData"/>.
/// </summary>
public sealed class DynamicPricingConfig : PaymentEntity
{
    /// <summary>How long a quoted rate stays locked, as the server sends it (seconds in Payment Kit).</summary>
    [JsonPropertyName("lock_duration")]
    public long? LockDuration { get; set; }
}
