using System.Net.Http;

namespace PaymentSdk.Http;

/// <summary>
/// What the SDK's handlers need to know about a request beyond its HTTP message: which route it
/// is, whether it may be repeated, and (filled in by <see cref="ResilienceHandler"/>) how many
/// attempts it took. Travels on the <see cref="HttpRequestMessage"/>, so it also reaches the
/// handlers of an <c>IHttpClientFactory</c> chain.
/// </summary>
internal sealed class RequestContext
{
    private const string Key = "PaymentSdk.RequestContext";
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<RequestContext> OptionsKey = new(Key);
#endif

    public RequestContext(string routeName, string method, string pathTemplate, Idempotency idempotency)
    {
        RouteName = routeName;
        Method = method;
        PathTemplate = pathTemplate;
        Idempotency = idempotency;
    }

    /// <summary>The payment-js name of the operation, such as <c>invoices.void</c>.</summary>
    public string RouteName { get; }

    /// <summary>The HTTP method, such as <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The route's path template, such as <c>/api/invoices/{id}/void</c>: no ids, no personal data.</summary>
    public string PathTemplate { get; }

    public Idempotency Idempotency { get; }

    /// <summary>How many attempts have been sent so far.</summary>
    public int Attempts { get; set; }

    public void AttachTo(HttpRequestMessage message)
    {
#if NET5_0_OR_GREATER
        message.Options.Set(OptionsKey, this);
#else
        message.Properties[Key] = this;
#endif
    }

    /// <summary>
    /// The context of <paramref name="message"/>. A message the SDK did not make (one sent through a
    /// factory-made client by other code) gets one from its verb: only the verbs HTTP defines as
    /// idempotent are retried.
    /// </summary>
    public static RequestContext Of(HttpRequestMessage message)
    {
#if NET5_0_OR_GREATER
        if (message.Options.TryGetValue(OptionsKey, out var context)) return context;
#else
        if (message.Properties.TryGetValue(Key, out var value) && value is RequestContext context) return context;
#endif
        var method = message.Method;
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;
        var created = new RequestContext(method.Method, method.Method, message.RequestUri?.AbsolutePath ?? "", idempotent ? Idempotency.Idempotent : Idempotency.NotIdempotent);
        created.AttachTo(message);
        return created;
    }
}
