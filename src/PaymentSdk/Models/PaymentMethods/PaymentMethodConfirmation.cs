using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>How a payment method's payments are confirmed (<c>confirmation</c>).</summary>
public sealed class PaymentMethodConfirmation : PaymentEntity
{
    /// <summary><c>immediate</c>, <c>callback</c>, <c>block</c>, or another value the server adds.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>How many blocks confirm a payment, when <see cref="Type"/> is <c>block</c>.</summary>
    [JsonPropertyName("block")]
    public long? Block { get; set; }
}
