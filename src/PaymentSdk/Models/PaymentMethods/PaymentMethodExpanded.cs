using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A payment method with its currencies included: what retrieve and list return.</summary>
public sealed class PaymentMethodExpanded : PaymentMethod
{
    /// <summary>The object type, <c>"payment_method"</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>The currencies paid with this method. Null when the server omitted them.</summary>
    [JsonPropertyName("payment_currencies")]
    public List<PaymentCurrency>? PaymentCurrencies { get; set; }
}
