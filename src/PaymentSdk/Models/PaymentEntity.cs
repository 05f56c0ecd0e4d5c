using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Base of every object the Payment Kit API returns. Fields the SDK does not model yet are kept
/// in <see cref="ExtensionData"/>, so serializing a deserialized object loses nothing.
/// </summary>
public abstract class PaymentEntity
{
    /// <summary>
    /// JSON fields of this object that have no property of their own, by JSON name. Payment Kit
    /// adds fields over time; they land here instead of being dropped.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
