using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A line item of an invoice: a price times a quantity.</summary>
public class InvoiceItem : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the invoice item.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the item exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>The item's amount, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount")]
    public Amount Amount { get; set; }

    /// <summary>How many units of the price the item covers.</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; set; }

    /// <summary>A description of the item, shown to the customer.</summary>
    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    /// <summary>The period the item covers, if the server sends one.</summary>
    [JsonPropertyName("period")]
    public InvoiceItemPeriod? Period { get; set; }

    /// <summary>ID of the payment currency of the item.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>ID of the customer billed.</summary>
    [JsonPropertyName("customer_id")]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>ID of the price billed.</summary>
    [JsonPropertyName("price_id")]
    public string PriceId { get; set; } = string.Empty;

    /// <summary>ID of the invoice the item belongs to.</summary>
    [JsonPropertyName("invoice_id")]
    public string InvoiceId { get; set; } = string.Empty;

    /// <summary>ID of the subscription the item was billed for, if any.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary>ID of the subscription item the item was billed for, if any.</summary>
    [JsonPropertyName("subscription_item_id")]
    public string? SubscriptionItemId { get; set; }

    /// <summary>ID of the test clock the item belongs to, if any.</summary>
    [JsonPropertyName("test_clock_id")]
    public string? TestClockId { get; set; }

    /// <summary>ID of the tax rate applied to the item, if any.</summary>
    [JsonPropertyName("tax_rate_id")]
    public string? TaxRateId { get; set; }

    /// <summary>Whether discounts apply to the item.</summary>
    [JsonPropertyName("discountable")]
    public bool Discountable { get; set; }

    /// <summary>How much each discount took off the item.</summary>
    [JsonPropertyName("discount_amounts")]
    public List<DiscountAmount> DiscountAmounts { get; set; } = new();

    /// <summary>IDs of the discounts applied to the item.</summary>
    [JsonPropertyName("discounts")]
    public List<string> Discounts { get; set; } = new();

    /// <summary>Whether the item is a proration.</summary>
    [JsonPropertyName("proration")]
    public bool Proration { get; set; }

    /// <summary>How a proration was computed, for a proration item.</summary>
    [JsonPropertyName("proration_details")]
    public ProrationDetails? ProrationDetails { get; set; }

    /// <summary>Key-value data attached to the item, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>When the item was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the item was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
