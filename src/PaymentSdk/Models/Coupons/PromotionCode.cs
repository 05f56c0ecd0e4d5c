using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A promotion code: a code customers enter to redeem a coupon.</summary>
public class PromotionCode : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the promotion code.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the promotion code exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Whether the promotion code can be redeemed.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the promotion code is locked against changes.</summary>
    [JsonPropertyName("locked")]
    public bool Locked { get; set; }

    /// <summary>The code customers enter.</summary>
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    /// <summary>A description of the promotion code.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>ID of the coupon the code redeems.</summary>
    [JsonPropertyName("coupon_id")]
    public string CouponId { get; set; } = string.Empty;

    /// <summary>How many times the code may be redeemed in total, if limited.</summary>
    [JsonPropertyName("max_redemptions")]
    public long? MaxRedemptions { get; set; }

    /// <summary>
    /// Conditions on redeeming the code: the server sends a <c>Restrictions</c> object (such as
    /// first-time orders only and a minimum amount), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("restrictions")]
    public JsonElement? Restrictions { get; set; }

    /// <summary>ID of the only customer who may redeem the code, if limited to one.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>How many times the code has been redeemed.</summary>
    [JsonPropertyName("times_redeemed")]
    public long? TimesRedeemed { get; set; }

    /// <summary>When the code expires, in UTC.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>When the code was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the code was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>
    /// How a customer proves they may redeem the code: the server sends a
    /// <c>VerificationType</c> value (such as a code, an NFT or a verifiable credential), kept as
    /// raw JSON.
    /// </summary>
    [JsonPropertyName("verification_type")]
    public JsonElement? VerificationType { get; set; }

    /// <summary>
    /// The NFT a customer must hold to redeem the code: the server sends an <c>NFTConfig</c>
    /// object, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("nft_config")]
    public JsonElement? NftConfig { get; set; }

    /// <summary>
    /// The verifiable credential a customer must present to redeem the code: the server sends a
    /// <c>VCConfig</c> object, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("vc_config")]
    public JsonElement? VcConfig { get; set; }

    /// <summary>DIDs of the customers who may redeem the code, if limited.</summary>
    [JsonPropertyName("customer_dids")]
    public List<string>? CustomerDids { get; set; }

    /// <summary>Key-value data attached to the code, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>
    /// Where the code was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;
}
