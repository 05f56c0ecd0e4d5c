using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>Whether currencies can be used for recurring payments (<see cref="IPaymentCurrencyService.CheckRecurringSupportAsync"/>).</summary>
public sealed class CheckRecurringSupportResult : PaymentEntity
{
    /// <summary>True when every currency asked about supports recurring payments.</summary>
    [JsonPropertyName("supported")]
    public bool Supported { get; set; }

    /// <summary>The currencies that do not.</summary>
    [JsonPropertyName("unsupported_currencies")]
    public List<UnsupportedCurrency> UnsupportedCurrencies { get; set; } = new();
}
