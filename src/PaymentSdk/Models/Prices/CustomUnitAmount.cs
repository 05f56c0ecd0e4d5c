using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// The bounds and suggestions of a pay-what-you-want price (the schema's <c>CustomUnitAmount</c>).
/// The values are kept as the text the server sends: the schema does not say they are in the
/// currency's smallest unit, so they are not presented as <see cref="Amount"/>s.
/// </summary>
public sealed class CustomUnitAmount : PaymentEntity
{
    /// <summary>The largest amount a customer may choose.</summary>
    [JsonPropertyName("maximum")]
    public string? Maximum { get; set; }

    /// <summary>The smallest amount a customer may choose.</summary>
    [JsonPropertyName("minimum")]
    public string? Minimum { get; set; }

    /// <summary>The amount selected at first.</summary>
    [JsonPropertyName("preset")]
    public string? Preset { get; set; }

    /// <summary>The amounts offered as choices.</summary>
    [JsonPropertyName("presets")]
    public List<string>? Presets { get; set; }
}
