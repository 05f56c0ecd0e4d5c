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

    private string? _remark;

    /// <summary>
    /// How many attempts the call made before it failed with this exception: 1 when it was not
    /// retried, up to <see cref="PaymentRetryOptions.MaxRetries"/> + 1.
    /// </summary>
    public int Attempts { get; private set; } = 1;

    /// <summary>What went wrong, with the number of attempts when there was more than one.</summary>
    public override string Message
    {
        get
        {
            var message = base.Message;
            if (Attempts > 1) message += $" Gave up after {Attempts} attempts.";
            return _remark is null ? message : message + " " + _remark;
        }
    }

    /// <summary>Records the attempts of the failed call, and a remark for the caller (such as whether to check before calling again).</summary>
    internal void RecordAttempts(int attempts, string? remark)
    {
        Attempts = attempts;
        _remark = remark;
    }
}
