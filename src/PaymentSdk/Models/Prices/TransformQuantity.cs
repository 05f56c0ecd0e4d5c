using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>How a quantity is transformed before it is billed (the schema's <c>TransformQuantity</c>).</summary>
public sealed class TransformQuantity : PaymentEntity
{
    /// <summary>The number the quantity is divided by.</summary>
    [JsonPropertyName("divide_by")]
    public long DivideBy { get; set; }

    /// <summary>How the quotient is rounded: <c>up</c>, <c>down</c>, or another value the server adds.</summary>
    [JsonPropertyName("round")]
    public string Round { get; set; } = string.Empty;
}
