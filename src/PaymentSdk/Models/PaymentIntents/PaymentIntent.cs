using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A payment intent: one attempt to collect an amount from a customer, through its lifecycle.</summary>
public sealed class PaymentIntent : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the payment intent.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the payment intent exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>A description of the payment.</summary>
    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    /// <summary>The amount to collect, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount")]
    public Amount Amount { get; set; }

    /// <summary>The amount received so far, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_received")]
    public Amount? AmountReceived { get; set; }

    /// <summary>The amount that can still be captured, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_capturable")]
    public Amount? AmountCapturable { get; set; }

    /// <summary>A breakdown of the amount (the tip), if any.</summary>
    [JsonPropertyName("amount_details")]
    public PaymentAmountDetails? AmountDetails { get; set; }

    /// <summary>ID of the payment currency.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>ID of the customer who pays, if known.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>ID of the payment method used.</summary>
    [JsonPropertyName("payment_method_id")]
    public string PaymentMethodId { get; set; } = string.Empty;

    /// <summary>ID of the invoice the payment is for, if any.</summary>
    [JsonPropertyName("invoice_id")]
    public string? InvoiceId { get; set; }

    /// <summary>ID of the latest charge (or on-chain transaction) made for the payment, if any.</summary>
    [JsonPropertyName("last_charge")]
    public string? LastCharge { get; set; }

    /// <summary>The error of the last failed payment attempt; null when there is none.</summary>
    [JsonPropertyName("last_payment_error")]
    public PaymentError? LastPaymentError { get; set; }

    /// <summary>Key-value data attached to the payment intent, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>The email address the receipt is sent to, if any.</summary>
    [JsonPropertyName("receipt_email")]
    public string? ReceiptEmail { get; set; }

    /// <summary>Text that appears on the customer's statement for this payment.</summary>
    [JsonPropertyName("statement_descriptor")]
    public string StatementDescriptor { get; set; } = string.Empty;

    /// <summary>Text appended to the account's statement descriptor, if any.</summary>
    [JsonPropertyName("statement_descriptor_suffix")]
    public string? StatementDescriptorSuffix { get; set; }

    /// <summary>
    /// The payment's status; known values are in <see cref="PaymentIntentStatus"/>, and the server
    /// may send others.
    /// </summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>When the payment intent was canceled, in UTC.</summary>
    [JsonPropertyName("canceled_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CanceledAt { get; set; }

    /// <summary>
    /// Why the payment intent was canceled: <c>abandoned</c>, <c>duplicate</c>,
    /// <c>requested_by_customer</c>, <c>fraudulent</c>, <c>failed_invoice</c>, <c>void_invoice</c>,
    /// <c>automatic</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("cancellation_reason")]
    public string? CancellationReason { get; set; }

    /// <summary>
    /// When funds are captured: <c>automatic</c>, <c>manual</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("capture_method")]
    public string CaptureMethod { get; set; } = string.Empty;

    /// <summary>
    /// How the payment is confirmed: <c>automatic</c>, <c>manual</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("confirmation_method")]
    public string ConfirmationMethod { get; set; } = string.Empty;

    /// <summary>The payment method types that may be used (see <see cref="PaymentMethodType"/>).</summary>
    [JsonPropertyName("payment_method_types")]
    public List<string> PaymentMethodTypes { get; set; } = new();

    /// <summary>ID of the review opened for the payment, if any.</summary>
    [JsonPropertyName("review")]
    public string? Review { get; set; }

    /// <summary>How the payment was made (transaction hash, payer), by payment method type.</summary>
    [JsonPropertyName("payment_details")]
    public PaymentDetails? PaymentDetails { get; set; }

    /// <summary>
    /// Whether the payment method is saved for later: <c>off_session</c>, <c>on_session</c>, or
    /// another value the server adds.
    /// </summary>
    [JsonPropertyName("setup_future_usage")]
    public string? SetupFutureUsage { get; set; }

    /// <summary>When the quoted exchange rate was locked for this payment, in UTC.</summary>
    [JsonPropertyName("quote_locked_at")]
    public DateTimeOffset? QuoteLockedAt { get; set; }

    /// <summary>Who receives the funds, and their shares, if split.</summary>
    [JsonPropertyName("beneficiaries")]
    public List<PaymentBeneficiary>? Beneficiaries { get; set; }

    /// <summary>When the payment intent was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the payment intent was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
