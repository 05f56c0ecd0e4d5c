using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// An expanded invoice with its discounts and related objects: what retrieving one invoice returns.
/// </summary>
public sealed class InvoiceWithDiscount : InvoiceExpanded
{
    /// <summary>The coupons and promotion codes that discounted the invoice.</summary>
    [JsonPropertyName("discountDetails")]
    public List<InvoiceDiscountDetail>? DiscountDetails { get; set; }

    /// <summary>
    /// A related invoice (for example the one this invoice revises or tops up), possibly with only
    /// some of its fields.
    /// </summary>
    [JsonPropertyName("relatedInvoice")]
    public Invoice? RelatedInvoice { get; set; }

    /// <summary>Credit grants created by or for this invoice.</summary>
    [JsonPropertyName("relatedCreditGrants")]
    public List<CreditGrantExpanded>? RelatedCreditGrants { get; set; }

    /// <summary>The payment link the invoice was paid through, if any.</summary>
    [JsonPropertyName("paymentLink")]
    public PaymentLink? PaymentLink { get; set; }

    /// <summary>The checkout session that created the invoice, if any.</summary>
    [JsonPropertyName("checkoutSession")]
    public CheckoutSession? CheckoutSession { get; set; }
}
