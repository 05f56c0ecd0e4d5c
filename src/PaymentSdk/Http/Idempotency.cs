namespace PaymentSdk.Http;

/// <summary>
/// Whether repeating an operation can change the outcome: decides which failures are retried. Each route states it
/// through the type of its operation parameter (<see cref="Repeatable{TAnswer}"/> or <see cref="SentOnce{TAnswer}"/>);
/// README's method table lists it for every method.
/// </summary>
internal enum Idempotency
{
    /// <summary>
    /// Sending it twice has the effect of sending it once (reads, and updates that only set fields): retried on
    /// transport errors, attempt timeouts and 408, 429, 500, 502, 503, 504.
    /// </summary>
    Idempotent,

    /// <summary>
    /// Sending it twice could act twice (creates, deletes, archives, inventory changes, void, return stake, …): retried
    /// only when the failure proves the request never reached the server, and never re-sent by the transport.
    /// </summary>
    NotIdempotent,
}
