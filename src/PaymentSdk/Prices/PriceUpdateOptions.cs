using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Changes to a price (<see cref="IPriceService.UpdateAsync"/>), sent as the JSON body: only what is set is sent, in this
/// order: <c>nickname</c>, <c>lookup_key</c>, <c>active</c>, <c>metadata</c>.
/// </summary>
public class PriceUpdateOptions
{
    /// <summary>A new name for the price, not shown to customers.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    /// <summary>A new lookup key.</summary>
    [JsonPropertyName("lookup_key")]
    public string? LookupKey { get; set; }

    /// <summary>Whether the price can be bought.</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; set; }

    /// <summary>New metadata: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Nickname is null && LookupKey is null && Active is null && Metadata is null)
            throw new ArgumentException("Nothing to update: set at least one of Nickname, LookupKey, Active or Metadata.", "options");
        BodyRules.Text(Nickname, "options." + nameof(Nickname));
        BodyRules.Text(LookupKey, "options." + nameof(LookupKey));
        BodyRules.Metadata(Metadata, "options." + nameof(Metadata));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PriceUpdateOptions);
    }
}
