using WireMock.ResponseBuilders;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Answers for the stub server, built in the test that uses them so the stub sits next to its assertions.</summary>
public static class Stubs
{
    /// <summary>A JSON error answer with <paramref name="status"/>.</summary>
    public static IResponseBuilder Status(int status, string? retryAfter = null)
    {
        var response = Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithBody($$"""{"error":"status {{status}} from the stub"}""");
        return retryAfter is null ? response : response.WithHeader("Retry-After", retryAfter);
    }

    /// <summary>A 200 answer with a body from <c>Responses/</c>.</summary>
    public static IResponseBuilder Ok(string bodyFile) => Json(200, TestFiles.ResponseBody(bodyFile));

    /// <summary>An answer with <paramref name="status"/> and the JSON text <paramref name="body"/>.</summary>
    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);

    /// <summary>A 200 answer with an empty JSON object, sent only after <paramref name="milliseconds"/>.</summary>
    public static IResponseBuilder Slow(int milliseconds) => Json(200, "{}").WithDelay(milliseconds);
}
