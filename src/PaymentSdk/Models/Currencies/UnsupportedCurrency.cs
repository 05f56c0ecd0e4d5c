using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A currency that cannot be used for recurring payments (an entry of <see cref="CheckRecurringSupportResult.UnsupportedCurrencies"/>).</summary>
public sealed class UnsupportedCurrency : PaymentEntity
{
    /// <summary>The currency id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The currency's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The currency's symbol.</summary>
    [JsonPropertyName("symbol")]
    public string Symbol { get; set; } = string.Empty;
}
