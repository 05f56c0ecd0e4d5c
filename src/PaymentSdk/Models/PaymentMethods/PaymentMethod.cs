using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A way to pay, such as Stripe or an ArcBlock, Ethereum or Bitcoin chain.</summary>
public class PaymentMethod : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the payment method.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the payment method can be used.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the payment method exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Whether the payment method is locked against changes.</summary>
    [JsonPropertyName("locked")]
    public bool Locked { get; set; }

    /// <summary>
    /// The kind of payment method; known values are in <see cref="PaymentMethodType"/>, and the
    /// server may send others.
    /// </summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>The payment method's display name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>A description of the payment method.</summary>
    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    /// <summary>URL of the payment method's logo.</summary>
    [JsonPropertyName("logo")]
    public string Logo { get; set; } = string.Empty;

    /// <summary>ID of the currency used by default with this payment method, if any.</summary>
    [JsonPropertyName("default_currency_id")]
    public string? DefaultCurrencyId { get; set; }

    /// <summary>How the method's payments are confirmed.</summary>
    [JsonPropertyName("confirmation")]
    public PaymentMethodConfirmation? Confirmation { get; set; }

    /// <summary>The method's connection settings (chain endpoints, Stripe keys).</summary>
    [JsonPropertyName("settings")]
    public PaymentMethodSettings? Settings { get; set; }

    /// <summary>What the method supports (recurring payments, refunds, disputes).</summary>
    [JsonPropertyName("features")]
    public PaymentMethodFeatures? Features { get; set; }

    /// <summary>Key-value data attached to the payment method, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>When the payment method was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the payment method was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
