using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>One discount on an invoice: the coupon and, if one was used, the promotion code.</summary>
public sealed class InvoiceDiscountDetail : PaymentEntity
{
    /// <summary>The coupon that gave the discount.</summary>
    [JsonPropertyName("coupon")]
    public CouponExpanded? Coupon { get; set; }

    /// <summary>The promotion code the customer redeemed for the coupon, if any.</summary>
    [JsonPropertyName("promotionCode")]
    public PromotionCodeExpanded? PromotionCode { get; set; }
}
