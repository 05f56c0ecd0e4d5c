using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>How much one discount took off an invoice or invoice item.</summary>
public sealed class DiscountAmount : PaymentEntity
{
    /// <summary>The amount taken off, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount")]
    public Amount Amount { get; set; }

    /// <summary>ID of the discount that applied, if the server names it.</summary>
    [JsonPropertyName("discount")]
    public string? Discount { get; set; }

    /// <summary>ID of the promotion code that applied, if any.</summary>
    [JsonPropertyName("promotion_code")]
    public string? PromotionCode { get; set; }

    /// <summary>ID of the coupon that applied, if any.</summary>
    [JsonPropertyName("coupon")]
    public string? Coupon { get; set; }
}
