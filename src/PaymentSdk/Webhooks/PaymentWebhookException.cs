using System;
using System.Net;

namespace PaymentSdk;

/// <summary>
/// A webhook delivery that was refused: its signature is missing (<see cref="StatusCode"/> 400), or wrong,
/// expired or malformed (401), or the signed body is not an event (400). Answer the delivery with
/// <see cref="StatusCode"/>. The message never holds the key, the signature or the body.
/// </summary>
public sealed class PaymentWebhookException : PaymentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">What to answer the delivery with: 400 or 401.</param>
    /// <param name="reason">Why the delivery was refused, without secrets.</param>
    /// <param name="innerException">The failure that caused it, if any.</param>
    public PaymentWebhookException(HttpStatusCode statusCode, string reason, Exception? innerException = null)
        : base($"Webhook delivery refused ({(int)statusCode}): {reason}", innerException)
    {
        StatusCode = statusCode;
        Reason = reason;
    }

    /// <summary>What to answer the delivery with: 400 (no signature, or not an event) or 401 (a signature that does not verify).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Why the delivery was refused.</summary>
    public string Reason { get; }
}
