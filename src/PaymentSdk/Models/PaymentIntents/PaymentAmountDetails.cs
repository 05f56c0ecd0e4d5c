using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A breakdown of a payment intent's amount (<c>amount_details</c>).</summary>
public sealed class PaymentAmountDetails : PaymentEntity
{
    /// <summary>The tip included in the amount, in the currency's smallest unit.</summary>
    [JsonPropertyName("tip")]
    public Amount? Tip { get; set; }
}
