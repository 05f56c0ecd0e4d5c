using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A subscription: a customer billed for prices on a recurring schedule.</summary>
public sealed class Subscription : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the subscription.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the subscription exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>ID of the payment currency the subscription is billed in.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>ID of the customer subscribed.</summary>
    [JsonPropertyName("customer_id")]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>End of the current billing period, in UTC.</summary>
    [JsonPropertyName("current_period_end")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CurrentPeriodEnd { get; set; }

    /// <summary>Start of the current billing period, in UTC.</summary>
    [JsonPropertyName("current_period_start")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CurrentPeriodStart { get; set; }

    /// <summary>ID of the payment method charged by default.</summary>
    [JsonPropertyName("default_payment_method_id")]
    public string DefaultPaymentMethodId { get; set; } = string.Empty;

    /// <summary>A description of the subscription, shown to the customer.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>ID of the most recent invoice of the subscription, if any.</summary>
    [JsonPropertyName("latest_invoice_id")]
    public string? LatestInvoiceId { get; set; }

    /// <summary>Key-value data attached to the subscription, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>ID of a setup intent still to be completed, if any.</summary>
    [JsonPropertyName("pending_setup_intent")]
    public string? PendingSetupIntent { get; set; }

    /// <summary>
    /// Changes waiting for a payment before they apply: the server sends an untyped object, kept
    /// as raw JSON.
    /// </summary>
    [JsonPropertyName("pending_update")]
    public JsonElement? PendingUpdate { get; set; }

    /// <summary>
    /// The subscription's status; known values are in <see cref="SubscriptionStatus"/>, and the
    /// server may send others.
    /// </summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>Whether the subscription ends at the end of the current period.</summary>
    [JsonPropertyName("cancel_at_period_end")]
    public bool CancelAtPeriodEnd { get; set; }

    /// <summary>When the subscription is scheduled to be canceled, in UTC.</summary>
    [JsonPropertyName("cancel_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CancelAt { get; set; }

    /// <summary>When the subscription was canceled, in UTC.</summary>
    [JsonPropertyName("canceled_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CanceledAt { get; set; }

    /// <summary>
    /// Why the subscription was canceled: the server sends an untyped object (reason, comment,
    /// feedback), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("cancelation_details")]
    public JsonElement? CancelationDetails { get; set; }

    /// <summary>The reference time that billing periods are aligned to, in UTC.</summary>
    [JsonPropertyName("billing_cycle_anchor")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? BillingCycleAnchor { get; set; }

    /// <summary>What makes the subscription invoice before its period ends, if set.</summary>
    [JsonPropertyName("billing_thresholds")]
    public SubscriptionBillingThresholds? BillingThresholds { get; set; }

    /// <summary>
    /// How the subscription's invoices are collected; known values are in
    /// <see cref="PaymentSdk.CollectionMethod"/>, and the server may send others.
    /// </summary>
    [JsonPropertyName("collection_method")]
    public string CollectionMethod { get; set; } = string.Empty;

    /// <summary>How many days the customer has to pay an invoice sent to them.</summary>
    [JsonPropertyName("days_until_due")]
    public int? DaysUntilDue { get; set; }

    /// <summary>How many days after an unpaid invoice the subscription is canceled.</summary>
    [JsonPropertyName("days_until_cancel")]
    public int? DaysUntilCancel { get; set; }

    /// <summary>ID of the discount applied to the subscription, if any.</summary>
    [JsonPropertyName("discount_id")]
    public string? DiscountId { get; set; }

    /// <summary>When pending invoice items are next invoiced, in UTC.</summary>
    [JsonPropertyName("next_pending_invoice_item_invoice")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? NextPendingInvoiceItemInvoice { get; set; }

    /// <summary>
    /// Whether and how payment collection is paused: the server sends an untyped object
    /// (behavior and resume time), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("pause_collection")]
    public JsonElement? PauseCollection { get; set; }

    /// <summary>Which payment methods may pay the subscription's invoices.</summary>
    [JsonPropertyName("payment_settings")]
    public PaymentSettings? PaymentSettings { get; set; }

    /// <summary>The interval at which pending invoice items are invoiced.</summary>
    [JsonPropertyName("pending_invoice_item_interval")]
    public PriceRecurring? PendingInvoiceItemInterval { get; set; }

    /// <summary>ID of the subscription schedule managing the subscription, if any.</summary>
    [JsonPropertyName("schedule_id")]
    public string? ScheduleId { get; set; }

    /// <summary>When the subscription ended, in UTC.</summary>
    [JsonPropertyName("ended_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>When the subscription started, in UTC.</summary>
    [JsonPropertyName("start_date")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>When the trial ends, in UTC.</summary>
    [JsonPropertyName("trial_end")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? TrialEnd { get; set; }

    /// <summary>When the trial started, in UTC.</summary>
    [JsonPropertyName("trial_start")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? TrialStart { get; set; }

    /// <summary>
    /// Trial settings: the server sends an untyped object (such as what happens when the trial
    /// ends without a payment method), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("trial_settings")]
    public JsonElement? TrialSettings { get; set; }

    /// <summary>How the subscription is paid (transaction hash, payer), by payment method type.</summary>
    [JsonPropertyName("payment_details")]
    public PaymentDetails? PaymentDetails { get; set; }

    /// <summary>
    /// Price slippage settings for paying with a volatile currency: the server sends an untyped
    /// object, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("slippage_config")]
    public JsonElement? SlippageConfig { get; set; }

    /// <summary>
    /// How changes are prorated: <c>always_invoice</c>, <c>create_prorations</c>, <c>none</c>, or
    /// another value the server adds.
    /// </summary>
    [JsonPropertyName("proration_behavior")]
    public string? ProrationBehavior { get; set; }

    /// <summary>
    /// What happens when a payment fails on change: <c>allow_incomplete</c>,
    /// <c>error_if_incomplete</c>, <c>pending_if_incomplete</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("payment_behavior")]
    public string? PaymentBehavior { get; set; }

    /// <summary>Actions the subscribed service offers its customers (links in notifications and pages).</summary>
    [JsonPropertyName("service_actions")]
    public List<ServiceAction>? ServiceActions { get; set; }

    /// <summary>ID of the subscription this one was recovered from, if any.</summary>
    [JsonPropertyName("recovered_from")]
    public string? RecoveredFrom { get; set; }

    /// <summary>When the subscription was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the subscription was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>
    /// Overdraft protection settings: the server sends an untyped object (whether it is enabled
    /// and the stake backing it), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("overdraft_protection")]
    public JsonElement? OverdraftProtection { get; set; }

    /// <summary>
    /// Progress of scheduled credit grants: the server sends a <c>CreditScheduleState</c> object,
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("credit_schedule_state")]
    public JsonElement? CreditScheduleState { get; set; }
}
