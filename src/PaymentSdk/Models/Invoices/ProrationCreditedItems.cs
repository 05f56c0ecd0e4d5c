using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>The invoice lines a proration credits (<c>proration_details.credited_items</c>).</summary>
public sealed class ProrationCreditedItems : PaymentEntity
{
    /// <summary>ID of the invoice the credited lines belong to.</summary>
    [JsonPropertyName("invoice_id")]
    public string InvoiceId { get; set; } = string.Empty;

    /// <summary>IDs of the credited invoice lines.</summary>
    [JsonPropertyName("invoice_line_items")]
    public List<string> InvoiceLineItems { get; set; } = new();
}
