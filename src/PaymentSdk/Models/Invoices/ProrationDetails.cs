using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>How an invoice item's proration was computed (<c>proration_details</c>).</summary>
public sealed class ProrationDetails : PaymentEntity
{
    /// <summary>The earlier invoice lines this proration credits, or null when it credits none.</summary>
    [JsonPropertyName("credited_items")]
    public ProrationCreditedItems? CreditedItems { get; set; }
}
