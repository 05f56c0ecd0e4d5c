using Microsoft.AspNetCore.Http;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>The request body, for the signature check and for the update route alike.</summary>
internal static class RequestBody
{
    /// <summary>Reads the whole body and rewinds it, so that whoever comes next reads it again.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return buffer.ToArray();
    }
}
