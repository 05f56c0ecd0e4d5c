using System;
using System.Net.Http;
using System.Text;

namespace PaymentSdk.Http;

/// <summary>
/// What the SDK's handlers and error messages need to know about one call beyond its HTTP message: the
/// operation (<c>invoices.void</c>), the route it was sent on, whether it may be repeated, and how many
/// attempts it took (counted by <see cref="ResilienceHandler"/>). The facade creates it as the
/// <see cref="Repeatable{TAnswer}"/> or <see cref="SentOnce{TAnswer}"/> its route names, and Refit carries it on the
/// request as a <c>[Property]</c>, so it also reaches the handlers of an <c>IHttpClientFactory</c> chain.
/// </summary>
internal class RequestContext
{
    /// <summary>The request option (a Refit <c>[Property]</c>) that carries the context.</summary>
    public const string Key = "PaymentSdk.RequestContext";

    /// <summary>Refit's request option naming the route's path template.</summary>
    private const string PathTemplateKey = "Refit.RelativePathTemplate";

#if NET
    private static readonly HttpRequestOptionsKey<RequestContext> ContextOption = new(Key);
    private static readonly HttpRequestOptionsKey<string> PathTemplateOption = new(PathTemplateKey);
#endif

    /// <param name="operationName">The payment-js name of the operation, or the verb of a request the SDK did not make.</param>
    /// <param name="idempotency">Whether it may be repeated.</param>
    protected RequestContext(string operationName, Idempotency idempotency)
    {
        OperationName = operationName;
        Idempotency = idempotency;
    }

    /// <summary>The payment-js name of the operation, such as <c>invoices.void</c>.</summary>
    public string OperationName { get; }

    /// <summary>
    /// What the operation acts on, in words, read from its payment-js name: <c>invoices.void</c> → "invoice",
    /// <c>webhookEndpoints.del</c> → "webhook endpoint", <c>checkout.sessions.create</c> → "checkout session";
    /// null for a request the SDK did not make (its name is only a verb).
    /// </summary>
    public string? ObjectName => ObjectNameOf(OperationName);

    /// <summary>The words of a payment-js resource path, singular: the part of <paramref name="operationName"/> before its method.</summary>
    internal static string? ObjectNameOf(string operationName)
    {
        var dot = operationName.LastIndexOf('.');
        if (dot <= 0) return null;
        var words = new StringBuilder(dot + 4);
        foreach (var c in operationName.AsSpan(0, dot))
        {
            if (c == '.' || char.IsUpper(c)) words.Append(' ');
            if (c != '.') words.Append(char.ToLowerInvariant(c));
        }
        var plural = words.ToString();
        return plural.EndsWith("ies", StringComparison.Ordinal) ? plural.Substring(0, plural.Length - 3) + "y"
            : plural.EndsWith("s", StringComparison.Ordinal) ? plural.Substring(0, plural.Length - 1)
            : plural;
    }

    /// <summary>The HTTP method, such as <c>GET</c>; set when the request reaches the SDK's handlers.</summary>
    public string Method { get; private set; } = "";

    /// <summary>The route's path template, such as <c>/api/invoices/{id}/void</c>: no ids, no personal data.</summary>
    public string PathTemplate { get; private set; } = "";

    /// <summary>The path as sent (escaped, mount point included), for error messages.</summary>
    public string Path { get; private set; } = "";

    /// <summary>Whether the operation may be repeated, as its route declares it by the type of its operation parameter.</summary>
    public Idempotency Idempotency { get; }

    /// <summary>How many attempts have been sent so far.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// The context of <paramref name="message"/>, completed from the message: its method, path, and the
    /// route's template as the Refit interface declared it. A message the SDK did not
    /// make (one sent through a factory-made client by other code) gets a context from its verb: only
    /// the verbs HTTP defines as idempotent are retried.
    /// </summary>
    public static RequestContext Of(HttpRequestMessage message)
    {
        var path = message.RequestUri?.AbsolutePath ?? "";
        if (TryGet(message, out var context))
        {
            context.Method = message.Method.Method;
            context.Path = path;
            context.PathTemplate = TryGetPathTemplate(message, out var template) ? template : path;
            return context;
        }
        var method = message.Method;
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;
        var created = new RequestContext(method.Method, idempotent ? Idempotency.Idempotent : Idempotency.NotIdempotent)
        {
            Method = method.Method,
            Path = path,
            PathTemplate = path,
        };
#if NET
        message.Options.Set(ContextOption, created);
#else
        message.Properties[Key] = created;
#endif
        return created;
    }

#if NET
    private static bool TryGet(HttpRequestMessage message, out RequestContext context) => message.Options.TryGetValue(ContextOption, out context!);

    private static bool TryGetPathTemplate(HttpRequestMessage message, out string template) => message.Options.TryGetValue(PathTemplateOption, out template!);
#else
    private static bool TryGet(HttpRequestMessage message, out RequestContext context) => TryGetProperty(message, Key, out context);

    private static bool TryGetPathTemplate(HttpRequestMessage message, out string template) => TryGetProperty(message, PathTemplateKey, out template);

    private static bool TryGetProperty<T>(HttpRequestMessage message, string key, out T value)
    {
        if (message.Properties.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }
#endif
}
