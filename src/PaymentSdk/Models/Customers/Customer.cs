using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A customer: someone who is billed, identified by their DID.</summary>
public class Customer : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the customer.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the customer exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>The customer's decentralized identifier (DID).</summary>
    [JsonPropertyName("did")]
    public string Did { get; set; } = string.Empty;

    /// <summary>A description of the customer.</summary>
    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    /// <summary>The customer's full name or business name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The customer's email address.</summary>
    [JsonPropertyName("email")]
    public string Email { get; set; } = string.Empty;

    /// <summary>The customer's phone number.</summary>
    [JsonPropertyName("phone")]
    public string Phone { get; set; } = string.Empty;

    /// <summary>The customer's address.</summary>
    [JsonPropertyName("address")]
    public CustomerAddress? Address { get; set; }

    /// <summary>The customer's shipping details.</summary>
    [JsonPropertyName("shipping")]
    public CustomerShipping? Shipping { get; set; }

    /// <summary>
    /// The customer's balance, in the currency's smallest unit, applied to their next invoices
    /// (negative is a credit).
    /// </summary>
    [JsonPropertyName("balance")]
    public Amount? Balance { get; set; }

    /// <summary>The customer's token balances by currency ID, each in that currency's smallest unit.</summary>
    [JsonPropertyName("token_balance")]
    public Dictionary<string, Amount>? TokenBalance { get; set; }

    /// <summary>ID of the customer's default payment currency, if any.</summary>
    [JsonPropertyName("currency_id")]
    public string? CurrencyId { get; set; }

    /// <summary>Whether the customer has an overdue invoice.</summary>
    [JsonPropertyName("delinquent")]
    public bool Delinquent { get; set; }

    /// <summary>ID of the discount currently applied to the customer, if any.</summary>
    [JsonPropertyName("discount_id")]
    public string? DiscountId { get; set; }

    /// <summary>Key-value data attached to the customer, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>
    /// The customer's invoice credit balance: the server sends an untyped value (balances by
    /// currency), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("invoice_credit_balance")]
    public JsonElement? InvoiceCreditBalance { get; set; }

    /// <summary>The prefix of the customer's invoice numbers.</summary>
    [JsonPropertyName("invoice_prefix")]
    public string? InvoicePrefix { get; set; }

    /// <summary>Default settings of the customer's invoices (custom fields, footer, default payment method).</summary>
    [JsonPropertyName("invoice_settings")]
    public CustomerInvoiceSettings? InvoiceSettings { get; set; }

    /// <summary>The sequence number used for the customer's next invoice number.</summary>
    [JsonPropertyName("next_invoice_sequence")]
    public long? NextInvoiceSequence { get; set; }

    /// <summary>When the customer was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the customer was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When the customer's profile was last synchronized from their DID, in UTC.</summary>
    [JsonPropertyName("last_sync_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>The customer's preferences (notifications, and any the schema does not name).</summary>
    [JsonPropertyName("preference")]
    public CustomerPreferences? Preference { get; set; }
}
