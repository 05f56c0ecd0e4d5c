using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>What a customer owes in one currency (an entry of <see cref="CustomerOverdueInvoices.Summary"/>).</summary>
public sealed class OverdueAmount : PaymentEntity
{
    /// <summary>The total overdue, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount")]
    public Amount Amount { get; set; }

    /// <summary>The currency the amount is in. Null when the server omitted it.</summary>
    [JsonPropertyName("currency")]
    public PaymentCurrency? Currency { get; set; }

    /// <summary>The payment method of the currency. Null when the server omitted it.</summary>
    [JsonPropertyName("method")]
    public PaymentMethod? Method { get; set; }
}
