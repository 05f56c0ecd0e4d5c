namespace PaymentSdk.Http;

/// <summary>
/// An operation that may be sent again (reads, and updates that only set fields, such as metadata): sending it twice
/// has the effect of sending it once, so transport errors, attempt timeouts and 408, 429, 500, 502, 503, 504 are retried.
/// </summary>
/// <typeparam name="TAnswer">What the route answers with.</typeparam>
internal sealed class Repeatable<TAnswer> : Operation<TAnswer>
{
    /// <param name="name">The payment-js name of the operation, such as <c>customers.retrieve</c>.</param>
    public Repeatable(string name) : base(name, Idempotency.Idempotent) { }
}
