using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>The seven invoice routes of Payment Kit, answered from the <see cref="SandboxStore"/>.</summary>
internal static class InvoiceEndpoints
{
    public static void Map(RouteGroupBuilder group, SandboxStore store, SandboxAuthentication authentication)
    {
        var invoices = group.MapGroup("/api/invoices").AddEndpointFilter(authentication);
        invoices.MapGet("", (HttpContext http) =>
            Answer(http, query => store.List(InvoiceQuery.LiveMode(query), InvoiceQuery.Filter(query), InvoiceQuery.Page(query))));
        invoices.MapGet("/search", (HttpContext http) =>
            Answer(http, query => store.Search(InvoiceQuery.LiveMode(query), InvoiceQuery.SearchText(query), InvoiceQuery.Page(query))));
        invoices.MapGet("/{id}", (HttpContext http, string id) =>
            Answer(http, query => store.Retrieve(InvoiceQuery.LiveMode(query), id)));
        invoices.MapPut("/{id}", async (HttpContext http, string id) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return Answer(http, query => store.Update(InvoiceQuery.LiveMode(query), id, Metadata(body)));
        });
        invoices.MapPost("/{id}/void", (HttpContext http, string id) =>
            Answer(http, query => store.Void(InvoiceQuery.LiveMode(query), id)));
        invoices.MapGet("/{id}/return-stake", (HttpContext http, string id) =>
            Answer(http, query => store.GetReturnStake(InvoiceQuery.LiveMode(query), id)));
        invoices.MapPost("/{id}/return-stake", (HttpContext http, string id) =>
            Answer(http, query => store.ReturnStake(InvoiceQuery.LiveMode(query), id)));
    }

    /// <summary>Any other path: 404 with Payment Kit's error shape.</summary>
    public static IResult NotFoundRoute(HttpContext http) => Refuse(404, $"Cannot {http.Request.Method} {http.Request.Path}");

    /// <summary>An error answer: <c>{"error": message}</c>, with <c>code</c> when Blocklet services send one.</summary>
    public static IResult Refuse(int status, string message, string? code = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, SandboxJson.WriterOptions))
        {
            json.WriteStartObject();
            if (code is not null) json.WriteString("code", code);
            json.WriteString("error", message);
            json.WriteEndObject();
        }
        return Results.Text(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), "application/json", System.Text.Encoding.UTF8, status);
    }

    /// <summary>The answer of a route, or the error Payment Kit would answer instead.</summary>
    public static IResult Answer(HttpContext http, Func<IQueryCollection, byte[]> answer)
    {
        try
        {
            return Results.Bytes(answer(http.Request.Query), "application/json; charset=utf-8");
        }
        catch (SandboxException refusal)
        {
            return Refuse(refusal.Status, refusal.Message);
        }
    }

    /// <summary>The <c>metadata</c> of an update's JSON body (undefined when absent); a body that is not JSON is refused.</summary>
    private static JsonElement Metadata(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("metadata", out var metadata)
                ? metadata.Clone()
                : default;
        }
        catch (JsonException)
        {
            throw SandboxException.BadRequest("The body is not valid JSON");
        }
    }
}
