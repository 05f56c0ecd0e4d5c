using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A promotion code with its coupon included.</summary>
public sealed class PromotionCodeExpanded : PromotionCode
{
    /// <summary>The object type, <c>"promotion_code"</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = string.Empty;

    /// <summary>The coupon the code redeems, if included.</summary>
    [JsonPropertyName("coupon")]
    public Coupon? Coupon { get; set; }
}
