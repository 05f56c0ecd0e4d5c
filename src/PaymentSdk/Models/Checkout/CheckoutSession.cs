using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A checkout session: one customer's pass through the checkout page, from start to payment.</summary>
public sealed class CheckoutSession : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the checkout session.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the session exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>A reference the integrator attached to the session, if any.</summary>
    [JsonPropertyName("client_reference_id")]
    public string? ClientReferenceId { get; set; }

    /// <summary>ID of the payment currency of the session.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>ID of the invoice the session created, if any.</summary>
    [JsonPropertyName("invoice_id")]
    public string? InvoiceId { get; set; }

    /// <summary>ID of the customer who checked out, once known.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>DID of the customer who checked out, once known.</summary>
    [JsonPropertyName("customer_did")]
    public string? CustomerDid { get; set; }

    /// <summary>ID of the payment link the session was started from, if any.</summary>
    [JsonPropertyName("payment_link_id")]
    public string? PaymentLinkId { get; set; }

    /// <summary>ID of the subscription the session created, if any.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary>Whether recurring items with different intervals are split into separate subscriptions.</summary>
    [JsonPropertyName("enable_subscription_grouping")]
    public bool? EnableSubscriptionGrouping { get; set; }

    /// <summary>The subscriptions the session created when grouping is enabled, as string values by group key.</summary>
    [JsonPropertyName("subscription_groups")]
    public Dictionary<string, string>? SubscriptionGroups { get; set; }

    /// <summary>How many of the session's subscriptions were created successfully.</summary>
    [JsonPropertyName("success_subscription_count")]
    public int? SuccessSubscriptionCount { get; set; }

    /// <summary>ID of the subscription the session recovers, if any.</summary>
    [JsonPropertyName("recovered_from")]
    public string? RecoveredFrom { get; set; }

    /// <summary>ID of the payment intent of the session, if any.</summary>
    [JsonPropertyName("payment_intent_id")]
    public string? PaymentIntentId { get; set; }

    /// <summary>ID of the setup intent of the session, if any.</summary>
    [JsonPropertyName("setup_intent_id")]
    public string? SetupIntentId { get; set; }

    /// <summary>
    /// What the session does; known values are in <see cref="CheckoutSessionMode"/>, and the server
    /// may send others.
    /// </summary>
    [JsonPropertyName("mode")]
    public string Mode { get; set; } = string.Empty;

    /// <summary>
    /// The session's status; known values are in <see cref="CheckoutSessionStatus"/>, and the
    /// server may send others.
    /// </summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>
    /// Whether the session has been paid; known values are in
    /// <see cref="CheckoutSessionPaymentStatus"/>, and the server may send others.
    /// </summary>
    [JsonPropertyName("payment_status")]
    public string PaymentStatus { get; set; } = string.Empty;

    /// <summary>
    /// What is being bought: the server sends a <c>LineItem[]</c> array (price IDs and quantities),
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("line_items")]
    public JsonElement? LineItems { get; set; }

    /// <summary>Total before discounts and taxes, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_subtotal")]
    public Amount AmountSubtotal { get; set; }

    /// <summary>Total after discounts and taxes, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount_total")]
    public Amount AmountTotal { get; set; }

    /// <summary>The exchange-rate slippage the customer accepts, in percent.</summary>
    [JsonPropertyName("slippage_percent")]
    public decimal? SlippagePercent { get; set; }

    /// <summary>
    /// A breakdown of the total: the server sends an untyped object (discount, shipping and tax
    /// amounts), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("total_details")]
    public JsonElement? TotalDetails { get; set; }

    /// <summary>URL of the checkout page, while the session is open.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>URL the customer is sent to when they cancel.</summary>
    [JsonPropertyName("cancel_url")]
    public string? CancelUrl { get; set; }

    /// <summary>URL the customer is sent to after paying.</summary>
    [JsonPropertyName("success_url")]
    public string? SuccessUrl { get; set; }

    /// <summary>
    /// How the amount was converted between currencies: the server sends a
    /// <c>CurrencyConversion</c> object (rate and converted amounts), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("currency_conversion")]
    public JsonElement? CurrencyConversion { get; set; }

    /// <summary>
    /// What the customer entered at checkout: the server sends a <c>CustomerDetail</c> object
    /// (name, email, phone, address), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("customer_details")]
    public JsonElement? CustomerDetails { get; set; }

    /// <summary>
    /// When a customer is created: <c>if_required</c>, <c>always</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("customer_creation")]
    public string CustomerCreation { get; set; } = string.Empty;

    /// <summary>
    /// Which customer details the session may update: the server sends an untyped object, kept as
    /// raw JSON.
    /// </summary>
    [JsonPropertyName("customer_update")]
    public JsonElement? CustomerUpdate { get; set; }

    /// <summary>
    /// What happens when the session expires: the server sends an untyped object (such as a
    /// recovery setting), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("after_expiration")]
    public JsonElement? AfterExpiration { get; set; }

    /// <summary>Whether customers may enter promotion codes.</summary>
    [JsonPropertyName("allow_promotion_codes")]
    public bool? AllowPromotionCodes { get; set; }

    /// <summary>
    /// Consents to collect: the server sends an untyped object (such as terms of service), kept as
    /// raw JSON.
    /// </summary>
    [JsonPropertyName("consent_collection")]
    public JsonElement? ConsentCollection { get; set; }

    /// <summary>
    /// Consents the customer gave: the server sends an untyped object, kept as raw JSON.
    /// </summary>
    [JsonPropertyName("consent")]
    public JsonElement? Consent { get; set; }

    /// <summary>
    /// Extra fields the customer fills in: the server sends a <c>CustomField[]</c> array (key,
    /// label, type and the value entered), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("custom_fields")]
    public JsonElement? CustomFields { get; set; }

    /// <summary>
    /// Custom texts shown at checkout: the server sends an untyped object (texts by position),
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("custom_text")]
    public JsonElement? CustomText { get; set; }

    /// <summary>When the session expires, in UTC.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>
    /// Invoice settings for one-time payments: the server sends an untyped object (whether an
    /// invoice is created, and its data), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("invoice_creation")]
    public JsonElement? InvoiceCreation { get; set; }

    /// <summary>The payment method types the session accepts (see <see cref="PaymentMethodType"/>).</summary>
    [JsonPropertyName("payment_method_types")]
    public List<string> PaymentMethodTypes { get; set; } = new();

    /// <summary>
    /// Whether a phone number is collected: the server sends an untyped object (<c>enabled</c>),
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("phone_number_collection")]
    public JsonElement? PhoneNumberCollection { get; set; }

    /// <summary>
    /// The wording of the pay button: <c>auto</c>, <c>book</c>, <c>donate</c>, <c>pay</c>, or
    /// another value the server adds.
    /// </summary>
    [JsonPropertyName("submit_type")]
    public string SubmitType { get; set; } = string.Empty;

    /// <summary>Key-value data attached to the session, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>
    /// Whether a billing address is collected: <c>auto</c>, <c>required</c>, or another value the
    /// server adds.
    /// </summary>
    [JsonPropertyName("billing_address_collection")]
    public string? BillingAddressCollection { get; set; }

    /// <summary>
    /// Settings of subscriptions the session creates: the server sends an untyped object
    /// (description, trial, metadata), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("subscription_data")]
    public JsonElement? SubscriptionData { get; set; }

    /// <summary>How the session was paid (transaction hash, payer), by payment method type.</summary>
    [JsonPropertyName("payment_details")]
    public PaymentDetails? PaymentDetails { get; set; }

    /// <summary>
    /// Settings of the payment intent the session creates: the server sends a
    /// <c>PaymentIntentData</c> object (description, metadata, beneficiaries), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("payment_intent_data")]
    public JsonElement? PaymentIntentData { get; set; }

    /// <summary>
    /// Progress of the NFT minted on purchase: <c>disabled</c>, <c>pending</c>, <c>minted</c>,
    /// <c>sent</c>, <c>error</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("nft_mint_status")]
    public string NftMintStatus { get; set; } = string.Empty;

    /// <summary>
    /// NFT minted on purchase: the server sends an <c>NftMintSettings</c> object (whether enabled
    /// and the NFT factory), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("nft_mint_settings")]
    public JsonElement? NftMintSettings { get; set; }

    /// <summary>
    /// The NFT minted: the server sends an <c>NftMintDetails</c> object (chain, address,
    /// transaction), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("nft_mint_details")]
    public JsonElement? NftMintDetails { get; set; }

    /// <summary>
    /// Whether the cross-sell item is added automatically or must be chosen: <c>auto</c>,
    /// <c>required</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("cross_sell_behavior")]
    public string? CrossSellBehavior { get; set; }

    /// <summary>
    /// Discounts applied to the session: the server sends an untyped value (coupons and promotion
    /// codes applied), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("discounts")]
    public JsonElement? Discounts { get; set; }

    /// <summary>
    /// Progress of vendor fulfilment: <c>pending</c>, <c>processing</c>, <c>completed</c>,
    /// <c>failed</c>, <c>cancelled</c>, <c>max_retries_exceeded</c>, <c>return_requested</c>,
    /// <c>sent</c>, <c>returning</c>, <c>returned</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("fulfillment_status")]
    public string? FulfillmentStatus { get; set; }

    /// <summary>
    /// Vendor fulfilment details: the server sends an untyped object (per-vendor orders and their
    /// status), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("vendor_info")]
    public JsonElement? VendorInfo { get; set; }

    /// <summary>When the session was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>
    /// Where the session was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;

    /// <summary>When the session was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
