using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Why a payment or an invoice finalization failed (<c>last_payment_error</c>,
/// <c>last_finalization_error</c>).
/// </summary>
public sealed class PaymentError : PaymentEntity
{
    /// <summary>
    /// The kind of error; known values are in <see cref="PaymentErrorType"/>, and the server may
    /// send others.
    /// </summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>ID of the charge that failed, if any.</summary>
    [JsonPropertyName("charge")]
    public string? Charge { get; set; }

    /// <summary>A short machine-readable error code, if any.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>The reason the issuer or network declined the payment, if any.</summary>
    [JsonPropertyName("decline_code")]
    public string? DeclineCode { get; set; }

    /// <summary>Link to documentation about the error, if any.</summary>
    [JsonPropertyName("doc_url")]
    public string? DocUrl { get; set; }

    /// <summary>A human-readable description of the error.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The request parameter the error relates to, if any.</summary>
    [JsonPropertyName("param")]
    public string? Param { get; set; }

    /// <summary>ID of the payment method involved, if any.</summary>
    [JsonPropertyName("payment_method_id")]
    public string? PaymentMethodId { get; set; }

    /// <summary>Type of the payment method involved (see <see cref="PaymentSdk.PaymentMethodType"/>), if any.</summary>
    [JsonPropertyName("payment_method_type")]
    public string? PaymentMethodType { get; set; }
}
