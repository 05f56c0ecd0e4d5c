using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A credit grant: an amount of a credit currency given to a customer, consumed by usage.</summary>
public class CreditGrant : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the credit grant.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The object type, <c>"credit_grant"</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = string.Empty;

    /// <summary>The amount granted, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount")]
    public Amount Amount { get; set; }

    /// <summary>ID of the credit currency granted.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>
    /// What the credit may be spent on: the server sends a <c>CreditGrantApplicabilityConfig</c>
    /// object (the prices or scopes it applies to), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("applicability_config")]
    public JsonElement? ApplicabilityConfig { get; set; }

    /// <summary>
    /// Whether the credit was bought or given: <c>paid</c>, <c>promotional</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("category")]
    public string Category { get; set; } = string.Empty;

    /// <summary>ID of the customer the credit was granted to.</summary>
    [JsonPropertyName("customer_id")]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>When the credit becomes usable, in UTC.</summary>
    [JsonPropertyName("effective_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? EffectiveAt { get; set; }

    /// <summary>When the remaining credit expires, in UTC.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Whether the grant exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Key-value data attached to the grant, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>A name for the grant.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The grant's priority, which decides the order in which a customer's grants are consumed.</summary>
    [JsonPropertyName("priority")]
    public int Priority { get; set; }

    /// <summary>ID of the test clock the grant belongs to, if any.</summary>
    [JsonPropertyName("test_clock")]
    public string? TestClock { get; set; }

    /// <summary>When the grant was voided, in UTC.</summary>
    [JsonPropertyName("voided_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? VoidedAt { get; set; }

    /// <summary>
    /// The grant's status; known values are in <see cref="CreditGrantStatus"/>, and the server may
    /// send others.
    /// </summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>The credit still available, in the currency's smallest unit.</summary>
    [JsonPropertyName("remaining_amount")]
    public Amount RemainingAmount { get; set; }

    /// <summary>
    /// Whether the grant is recorded on chain: the server sends a <c>CreditGrantChainStatus</c>
    /// value, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("chain_status")]
    public JsonElement? ChainStatus { get; set; }

    /// <summary>
    /// On-chain details of the grant: the server sends a <c>CreditGrantChainDetail</c> object (such
    /// as transaction hashes), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("chain_detail")]
    public JsonElement? ChainDetail { get; set; }

    /// <summary>Who created the grant, if recorded.</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; set; }

    /// <summary>Who last updated the grant, if recorded.</summary>
    [JsonPropertyName("updated_by")]
    public string? UpdatedBy { get; set; }

    /// <summary>
    /// Where the grant was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;

    /// <summary>When the grant was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the grant was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
