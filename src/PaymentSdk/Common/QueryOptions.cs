using Refit;

namespace PaymentSdk;

/// <summary>
/// Options sent as a request's query string. Each options type checks itself and writes its own pairs, with their wire
/// names, in payment-js's order; the route then adds <c>livemode</c> last. Unset properties are not sent, so the
/// server's defaults apply.
/// </summary>
public abstract class QueryOptions
{
    /// <summary>Lets the SDK's options types derive; its checks and query writing are the SDK's own (internal), so no other type can.</summary>
    protected QueryOptions() { }

    /// <summary>Checks every setting before a request is sent; an <see cref="System.ArgumentException"/> names the bad one.</summary>
    internal abstract void Validate();

    /// <summary>Writes the query pairs, escaped by Refit as payment-js's <c>qs</c> does (RFC 3986).</summary>
    internal abstract void WriteQuery(ref GeneratedQueryStringBuilder query);
}
