using System;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;

namespace PaymentSdk.Http;

/// <summary>
/// One endpoint of the Payment Kit API, declared once as data, the way payment-js declares
/// <c>{method, path}</c>: its name, HTTP verb, path template, whether it may be repeated, and result type. The single
/// <see cref="PaymentPipeline"/> sends any route; nothing is generated at run time.
/// </summary>
/// <typeparam name="TResult">What the endpoint answers with.</typeparam>
internal sealed class ApiRoute<TResult>
{
    private const string IdPlaceholder = "{id}";

    public ApiRoute(string name, HttpMethod method, string pathTemplate, Idempotency idempotency, JsonTypeInfo<TResult> resultType)
    {
        Name = name;
        Method = method;
        PathTemplate = pathTemplate;
        Idempotency = idempotency;
        ResultType = resultType;
        HasId = pathTemplate.Contains(IdPlaceholder);
    }

    /// <summary>The payment-js name of the operation, such as <c>invoices.retrieve</c>.</summary>
    public string Name { get; }

    public HttpMethod Method { get; }

    /// <summary>The path below the base URL, with <c>{id}</c> where the object's id goes.</summary>
    public string PathTemplate { get; }

    /// <summary>Which failures may be retried: declared with the route, not guessed from the verb.</summary>
    public Idempotency Idempotency { get; }

    /// <summary>Source-generated metadata that reads the answer: no reflection.</summary>
    public JsonTypeInfo<TResult> ResultType { get; }

    public bool HasId { get; }

    /// <summary>The path with the id escaped as exactly one path segment.</summary>
    public string ExpandPath(string? id)
    {
        if (HasId != id is not null)
            throw new InvalidOperationException($"Route {Name} ({PathTemplate}) {(HasId ? "needs" : "takes no")} id.");
        return id is null ? PathTemplate : PathTemplate.Replace(IdPlaceholder, UriComponent.Encode(id, nameof(id)));
    }
}
