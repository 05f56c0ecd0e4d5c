using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PaymentSdk.Sandbox.Data;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>How the sandbox answers: JSON bytes, or Payment Kit's error shape.</summary>
internal static class Answers
{
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
        return Results.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/json", Encoding.UTF8, status);
    }

    public static IResult Json(byte[] body) => Results.Bytes(body, "application/json; charset=utf-8");
}
