namespace PaymentSdk.Http;

/// <summary>One call of a route: the id for its path, its query parameters and its JSON body, all optional.</summary>
/// <typeparam name="TResult">What the route answers with.</typeparam>
internal sealed class ApiRequest<TResult>
{
    public ApiRequest(ApiRoute<TResult> route, string? id = null, QueryParameters? query = null, byte[]? jsonBody = null)
    {
        Route = route;
        Id = id;
        Query = query ?? new QueryParameters();
        JsonBody = jsonBody;
    }

    public ApiRoute<TResult> Route { get; }

    public string? Id { get; }

    /// <summary>The caller's parameters; the pipeline appends <c>livemode</c> after them.</summary>
    public QueryParameters Query { get; }

    /// <summary>The exact UTF-8 JSON bytes to send, or null for a request without a body.</summary>
    public byte[]? JsonBody { get; }
}
