using System;

namespace PaymentSdk;

/// <summary>
/// Base of every exception the SDK throws for a failed call (an error answer, a broken
/// connection, a timeout). Catch this to handle all of them; the caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>, and bad arguments stay <see cref="ArgumentException"/>.
/// </summary>
public class PaymentException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public PaymentException(string message) : base(message) { }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public PaymentException(string message, Exception? innerException) : base(message, innerException) { }
}
