using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A coupon with the products it applies to, its promotion codes and its currency included.</summary>
public sealed class CouponExpanded : Coupon
{
    /// <summary>The object type, <c>"coupon"</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = string.Empty;

    /// <summary>The products the coupon is limited to, if any.</summary>
    [JsonPropertyName("applied_products")]
    public List<Product>? AppliedProducts { get; set; }

    /// <summary>The promotion codes that redeem the coupon, if included.</summary>
    [JsonPropertyName("promotion_codes")]
    public List<PromotionCode>? PromotionCodes { get; set; }

    /// <summary>The currency of the fixed amount off, if included.</summary>
    [JsonPropertyName("currency")]
    public PaymentCurrency? Currency { get; set; }
}
