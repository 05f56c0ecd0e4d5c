namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="PaymentError.Type"/>. An open set: the server may send other values.
/// </summary>
public static class PaymentErrorType
{
    /// <summary>A problem on the payment service's side.</summary>
    public const string ApiError = "api_error";

    /// <summary>The payment instrument could not be charged.</summary>
    public const string CardError = "card_error";

    /// <summary>An idempotency key was reused with different parameters.</summary>
    public const string IdempotencyError = "idempotency_error";

    /// <summary>The request had invalid parameters.</summary>
    public const string InvalidRequestError = "invalid_request_error";
}
