using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>Default settings of a customer's invoices (<c>invoice_settings</c>).</summary>
public sealed class CustomerInvoiceSettings : PaymentEntity
{
    /// <summary>Name-value fields shown on every invoice of the customer.</summary>
    [JsonPropertyName("custom_fields")]
    public List<SimpleCustomField>? CustomFields { get; set; }

    /// <summary>ID of the payment method invoices are paid with by default, if any.</summary>
    [JsonPropertyName("default_payment_method")]
    public string? DefaultPaymentMethod { get; set; }

    /// <summary>The footer shown on the customer's invoices, if any.</summary>
    [JsonPropertyName("footer")]
    public string? Footer { get; set; }
}
