using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A payment link: a shareable page that starts a checkout for fixed line items.</summary>
public sealed class PaymentLink : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the payment link.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the link can be used.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the link exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>The link's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// What the link sells: the server sends a <c>LineItem[]</c> array (price IDs, quantities and
    /// quantity settings), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("line_items")]
    public JsonElement? LineItems { get; set; }

    /// <summary>ID of the payment currency of the link.</summary>
    [JsonPropertyName("currency_id")]
    public string CurrencyId { get; set; } = string.Empty;

    /// <summary>
    /// What happens after payment: the server sends an <c>AfterPayment</c> object (a confirmation
    /// message or a redirect URL), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("after_completion")]
    public JsonElement? AfterCompletion { get; set; }

    /// <summary>Whether customers may enter promotion codes.</summary>
    [JsonPropertyName("allow_promotion_codes")]
    public bool AllowPromotionCodes { get; set; }

    /// <summary>
    /// Consents collected at checkout: the server sends an untyped object (such as terms of
    /// service), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("consent_collection")]
    public JsonElement? ConsentCollection { get; set; }

    /// <summary>
    /// Extra fields the customer fills in at checkout: the server sends a <c>CustomField[]</c>
    /// array (key, label, type, optional), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("custom_fields")]
    public JsonElement? CustomFields { get; set; }

    /// <summary>
    /// Custom texts shown at checkout: the server sends an untyped object (texts by position),
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("custom_text")]
    public JsonElement? CustomText { get; set; }

    /// <summary>
    /// When a customer is created: <c>if_required</c>, <c>always</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("customer_creation")]
    public string CustomerCreation { get; set; } = string.Empty;

    /// <summary>
    /// Invoice settings for one-time payments: the server sends an untyped object (whether an
    /// invoice is created, and its data), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("invoice_creation")]
    public JsonElement? InvoiceCreation { get; set; }

    /// <summary>The payment method types the link accepts (see <see cref="PaymentMethodType"/>).</summary>
    [JsonPropertyName("payment_method_types")]
    public List<string>? PaymentMethodTypes { get; set; }

    /// <summary>
    /// Whether a phone number is collected: the server sends an untyped object (<c>enabled</c>),
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("phone_number_collection")]
    public JsonElement? PhoneNumberCollection { get; set; }

    /// <summary>
    /// Whether a billing address is collected: <c>auto</c>, <c>required</c>, or another value the
    /// server adds.
    /// </summary>
    [JsonPropertyName("billing_address_collection")]
    public string? BillingAddressCollection { get; set; }

    /// <summary>
    /// The wording of the pay button: <c>auto</c>, <c>book</c>, <c>donate</c>, <c>pay</c>, or
    /// another value the server adds.
    /// </summary>
    [JsonPropertyName("submit_type")]
    public string SubmitType { get; set; } = string.Empty;

    /// <summary>
    /// Settings of subscriptions the link creates: the server sends a <c>SubscriptionData</c>
    /// object (description, trial, metadata), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("subscription_data")]
    public JsonElement? SubscriptionData { get; set; }

    /// <summary>
    /// NFT minted on purchase: the server sends an <c>NftMintSettings</c> object (whether enabled
    /// and the NFT factory), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("nft_mint_settings")]
    public JsonElement? NftMintSettings { get; set; }

    /// <summary>
    /// Whether the cross-sell item is added automatically or must be chosen: <c>auto</c>,
    /// <c>required</c>, or another value the server adds.
    /// </summary>
    [JsonPropertyName("cross_sell_behavior")]
    public string? CrossSellBehavior { get; set; }

    /// <summary>
    /// Settings of a donation link: the server sends a <c>DonationSettings</c> object (target,
    /// beneficiaries, amounts), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("donation_settings")]
    public JsonElement? DonationSettings { get; set; }

    /// <summary>Key-value data attached to the link, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>
    /// Settings of payment intents the link creates: the server sends a <c>PaymentIntentData</c>
    /// object (description, metadata, beneficiaries), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("payment_intent_data")]
    public JsonElement? PaymentIntentData { get; set; }

    /// <summary>Whether recurring items with different intervals are split into separate subscriptions.</summary>
    [JsonPropertyName("enable_subscription_grouping")]
    public bool? EnableSubscriptionGrouping { get; set; }

    /// <summary>A key to look the link up by; null when unset.</summary>
    [JsonPropertyName("lookup_key")]
    public string? LookupKey { get; set; }

    /// <summary>When the link was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>
    /// Where the link was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, or another value
    /// the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;

    /// <summary>When the link was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
