namespace PaymentSdk.Http;

/// <summary>
/// An operation that is never sent again once it may have reached the server: a create, a delete, an archive, an
/// inventory change, a currency or payment method change, anything that moves money (void, return stake). Payment Kit
/// takes no idempotency key, so a second send could act twice. Retried only when the failure proves the request never
/// left (the connection was refused), and never re-sent by the transport.
/// </summary>
/// <typeparam name="TAnswer">What the route answers with.</typeparam>
internal sealed class SentOnce<TAnswer> : Operation<TAnswer>
{
    /// <param name="name">The payment-js name of the operation, such as <c>products.create</c>.</param>
    public SentOnce(string name) : base(name, Idempotency.NotIdempotent) { }
}
