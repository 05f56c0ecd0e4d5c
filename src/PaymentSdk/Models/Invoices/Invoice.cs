using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// An invoice: what a customer owes for a subscription period, a one-time purchase, a stake or a
/// top-up. Returned unexpanded by update and void; the expanded shapes derive from it.
/// </summary>
public class Invoice : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the invoice.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The invoice number shown to the customer.</summary>
    [JsonPropertyName("number")]
    public string Number { get; set; } = string.Empty;

    /// <summary>Whether the invoice exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>A description of the invoice, shown to the customer.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Text that appears on the customer's statement for this invoice.</summary>
    [JsonPropertyName("statement_descriptor")]
    public string StatementDescriptor { get; set; } = string.Empty;

    /// <summary>End of the billing period the invoice covers, in UTC.</summary>
    [JsonPropertyName("period_end")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? PeriodEnd { get; set; }

    /// <summary>Start of the billing period the invoice covers, in UTC.</summary>
    [JsonPropertyName("period_start")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? PeriodStart { get; set; }

    /// <summary>Whether Payment Kit advances the invoice through collection automatically.</summary>
    [JsonPropertyName("auto_advance")]
    public bool AutoAdvance { get; set; }

    /// <summary>Whether the invoice has been paid.</summary>
    [JsonPropertyName("paid")]
    public bool Paid { get; set; }

    /// <summary>Whether the invoice was marked paid outside Payment Kit.</summary>
    [JsonPropertyName("paid_out_of_band")]
    public bool PaidOutOfBand { get; set; }

    /// <summary>
    /// The invoice's status; known values are in <see cref="InvoiceStatus"/>, and the server may
    /// send others.
    /// </summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>
    /// How the invoice is collected; known values are in <see cref="PaymentSdk.CollectionMethod"/>, and
    /// the server may send others.
    /// </summary>
    [JsonPropertyName("collection_method")]
    public string CollectionMethod { get; set; } = string.Empty;

    /// <summary>
    /// Why the invoice was created; known values are in <see cref="InvoiceBillingReason"/>, and the
    /// server may send others.
    /// </summary>
    [JsonPropertyName("billing_reason")]
    public string BillingReason { get; set; } = string.Empty;

    /// <summary>ID of the payment currency the invoice is in.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>ID of the customer billed.</summary>
    [JsonPropertyName("customer_id")]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>ID of the payment intent that collects the invoice, if any.</summary>
    [JsonPropertyName("payment_intent_id")]
    public string? PaymentIntentId { get; set; }

    /// <summary>ID of the subscription the invoice was created for, if any.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary>ID of the checkout session that created the invoice, if any.</summary>
    [JsonPropertyName("checkout_session_id")]
    public string? CheckoutSessionId { get; set; }

    /// <summary>ID of the quote the invoice was created from, if any.</summary>
    [JsonPropertyName("quote_id")]
    public string? QuoteId { get; set; }

    /// <summary>ID of the latest charge for the invoice, if any.</summary>
    [JsonPropertyName("charge_id")]
    public string? ChargeId { get; set; }

    /// <summary>
    /// Details of the subscription the invoice was created for: the server sends an untyped object
    /// (typically the subscription's metadata at invoicing time), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("subscription_details")]
    public JsonElement? SubscriptionDetails { get; set; }

    /// <summary>The time used to compute prorations on a subscription invoice, in UTC.</summary>
    [JsonPropertyName("subscription_proration_date")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? SubscriptionProrationDate { get; set; }

    /// <summary>Total of all items before discounts and taxes, in the currency's smallest unit.</summary>
    [JsonPropertyName("subtotal")]
    public Amount Subtotal { get; set; }

    /// <summary>Total of all items after discounts, before taxes, in the currency's smallest unit.</summary>
    [JsonPropertyName("subtotal_excluding_tax")]
    public Amount SubtotalExcludingTax { get; set; }

    /// <summary>The tax on the invoice, in the currency's smallest unit.</summary>
    [JsonPropertyName("tax")]
    public Amount Tax { get; set; }

    /// <summary>Total after discounts and taxes, in the currency's smallest unit.</summary>
    [JsonPropertyName("total")]
    public Amount Total { get; set; }

    /// <summary>The amount the customer is asked to pay, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_due")]
    public Amount AmountDue { get; set; }

    /// <summary>The amount paid so far, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_paid")]
    public Amount AmountPaid { get; set; }

    /// <summary>The amount still owed, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_remaining")]
    public Amount AmountRemaining { get; set; }

    /// <summary>The shipping cost, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_shipping")]
    public Amount AmountShipping { get; set; }

    /// <summary>The customer's balance before the invoice was finalized, in the currency's smallest unit.</summary>
    [JsonPropertyName("starting_balance")]
    public Amount StartingBalance { get; set; }

    /// <summary>The customer's balance after the invoice was finalized, in the currency's smallest unit.</summary>
    [JsonPropertyName("ending_balance")]
    public Amount EndingBalance { get; set; }

    /// <summary>
    /// The customer's token balances before the invoice was finalized, by currency ID, each in that
    /// currency's smallest unit.
    /// </summary>
    [JsonPropertyName("starting_token_balance")]
    public Dictionary<string, Amount>? StartingTokenBalance { get; set; }

    /// <summary>
    /// The customer's token balances after the invoice was finalized, by currency ID, each in that
    /// currency's smallest unit.
    /// </summary>
    [JsonPropertyName("ending_token_balance")]
    public Dictionary<string, Amount>? EndingTokenBalance { get; set; }

    /// <summary>How many payment attempts have been made for the invoice.</summary>
    [JsonPropertyName("attempt_count")]
    public int AttemptCount { get; set; }

    /// <summary>Whether a payment attempt has been made for the invoice.</summary>
    [JsonPropertyName("attempted")]
    public bool Attempted { get; set; }

    /// <summary>When the next automatic payment attempt is scheduled, in UTC.</summary>
    [JsonPropertyName("next_payment_attempt")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? NextPaymentAttempt { get; set; }

    /// <summary>Custom name and value pairs shown on the invoice.</summary>
    [JsonPropertyName("custom_fields")]
    public List<SimpleCustomField>? CustomFields { get; set; }

    /// <summary>The customer's address when the invoice was finalized.</summary>
    [JsonPropertyName("customer_address")]
    public CustomerAddress? CustomerAddress { get; set; }

    /// <summary>The customer's email when the invoice was finalized.</summary>
    [JsonPropertyName("customer_email")]
    public string? CustomerEmail { get; set; }

    /// <summary>The customer's name when the invoice was finalized.</summary>
    [JsonPropertyName("customer_name")]
    public string? CustomerName { get; set; }

    /// <summary>The customer's phone number when the invoice was finalized.</summary>
    [JsonPropertyName("customer_phone")]
    public string? CustomerPhone { get; set; }

    /// <summary>The customer's shipping details when the invoice was finalized.</summary>
    [JsonPropertyName("customer_shipping")]
    public CustomerShipping? CustomerShipping { get; set; }

    /// <summary>IDs of the discounts applied to the invoice.</summary>
    [JsonPropertyName("discounts")]
    public List<string>? Discounts { get; set; }

    /// <summary>How much each discount took off the invoice.</summary>
    [JsonPropertyName("total_discount_amounts")]
    public List<DiscountAmount>? TotalDiscountAmounts { get; set; }

    /// <summary>When payment is due, in UTC (for invoices sent to the customer).</summary>
    [JsonPropertyName("due_date")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? DueDate { get; set; }

    /// <summary>When the invoice takes effect (its accounting date), in UTC.</summary>
    [JsonPropertyName("effective_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? EffectiveAt { get; set; }

    /// <summary>Footer text shown on the invoice.</summary>
    [JsonPropertyName("footer")]
    public string? Footer { get; set; }

    /// <summary>
    /// The invoice this one was revised from: the server sends an untyped object (the original
    /// invoice and the action taken), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("from_invoice")]
    public JsonElement? FromInvoice { get; set; }

    /// <summary>Country of the account that issued the invoice.</summary>
    [JsonPropertyName("account_country")]
    public string? AccountCountry { get; set; }

    /// <summary>Name of the account that issued the invoice.</summary>
    [JsonPropertyName("account_name")]
    public string? AccountName { get; set; }

    /// <summary>URL of the page where the customer can view and pay the invoice.</summary>
    [JsonPropertyName("hosted_invoice_url")]
    public string? HostedInvoiceUrl { get; set; }

    /// <summary>URL of the invoice as a PDF.</summary>
    [JsonPropertyName("invoice_pdf")]
    public string? InvoicePdf { get; set; }

    /// <summary>The error that stopped the last finalization attempt, if any.</summary>
    [JsonPropertyName("last_finalization_error")]
    public PaymentError? LastFinalizationError { get; set; }

    /// <summary>ID of the latest revision of this invoice, if it was revised.</summary>
    [JsonPropertyName("latest_revision")]
    public string? LatestRevision { get; set; }

    /// <summary>Which payment methods may pay the invoice.</summary>
    [JsonPropertyName("payment_settings")]
    public PaymentSettings? PaymentSettings { get; set; }

    /// <summary>ID of the payment method used by default to pay the invoice.</summary>
    [JsonPropertyName("default_payment_method_id")]
    public string DefaultPaymentMethodId { get; set; } = string.Empty;

    /// <summary>Total of credit notes issued after the invoice was paid, in the currency's smallest unit.</summary>
    [JsonPropertyName("post_payment_credit_notes_amount")]
    public Amount? PostPaymentCreditNotesAmount { get; set; }

    /// <summary>Total of credit notes issued before the invoice was paid, in the currency's smallest unit.</summary>
    [JsonPropertyName("pre_payment_credit_notes_amount")]
    public Amount? PrePaymentCreditNotesAmount { get; set; }

    /// <summary>
    /// How the invoice is rendered: the server sends an untyped options object, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("rendering_options")]
    public JsonElement? RenderingOptions { get; set; }

    /// <summary>When the invoice moved between statuses.</summary>
    [JsonPropertyName("status_transitions")]
    public InvoiceStatusTransitions? StatusTransitions { get; set; }

    /// <summary>ID of the test clock the invoice belongs to, if any.</summary>
    [JsonPropertyName("test_clock_id")]
    public string? TestClockId { get; set; }

    /// <summary>
    /// Why a billing threshold triggered the invoice: the server sends an untyped object (the
    /// amount or item thresholds reached), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("threshold_reason")]
    public JsonElement? ThresholdReason { get; set; }

    /// <summary>When webhooks for the invoice were last delivered, in UTC.</summary>
    [JsonPropertyName("webhooks_delivered_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? WebhooksDeliveredAt { get; set; }

    /// <summary>The receipt number, once the invoice is paid.</summary>
    [JsonPropertyName("receipt_number")]
    public string? ReceiptNumber { get; set; }

    /// <summary>Key-value data attached to the invoice, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>When the invoice was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the invoice was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
