using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>Which payment methods may pay an invoice or subscription, and their options.</summary>
public sealed class PaymentSettings : PaymentEntity
{
    /// <summary>Options per payment method type: who pays.</summary>
    [JsonPropertyName("payment_method_options")]
    public PaymentMethodOptions? PaymentMethodOptions { get; set; }

    /// <summary>The payment method types allowed (see <see cref="PaymentMethodType"/>).</summary>
    [JsonPropertyName("payment_method_types")]
    public List<string> PaymentMethodTypes { get; set; } = new();
}
