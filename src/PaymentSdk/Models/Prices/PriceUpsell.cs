using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>The price a customer is offered to upgrade to from another price (<c>upsell</c>).</summary>
public sealed class PriceUpsell : PaymentEntity
{
    /// <summary>ID of the price offered.</summary>
    [JsonPropertyName("upsells_to_id")]
    public string? UpsellsToId { get; set; }

    /// <summary>The price offered, when the server includes it.</summary>
    [JsonPropertyName("upsells_to")]
    public PriceExpanded? UpsellsTo { get; set; }
}
