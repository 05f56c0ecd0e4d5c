using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>The request body: the one reader for the signature check and for every route.</summary>
internal static class JsonBody
{
    /// <summary>Reads the whole body and rewinds it, so that whoever comes next reads it again.</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    /// <summary>
    /// The body as JSON, whatever its content type says: undefined (<see cref="JsonValueKind.Undefined"/>) when empty,
    /// as Express leaves <c>req.body</c> empty; a body that is not JSON is refused with 400, as Express's JSON parser
    /// refuses it.
    /// </summary>
    public static async Task<JsonElement> ReadAsync(HttpRequest request)
    {
        var bytes = await ReadBytesAsync(request);
        if (bytes.Length == 0) return default;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw SandboxException.BadRequest("The body is not valid JSON");
        }
    }
}
