using System;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaymentSdk.Errors;

/// <summary>Turns an error answer of Payment Kit into the typed exception for its status.</summary>
internal static class ApiErrorResponse
{
    private const int MaxTextMessageLength = 500;
    private static readonly Regex HtmlTitle = new("<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex HtmlTag = new("<[^>]*>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    public static PaymentApiException ToException(HttpStatusCode status, string body, string method, string path)
    {
        var (message, code) = ReadMessage(body);
        return (int)status switch
        {
            400 => new PaymentInvalidRequestException(status, message, code, body, method, path),
            401 => new PaymentAuthenticationException(status, message, code, body, method, path),
            403 => new PaymentPermissionException(status, message, code, body, method, path),
            404 => new PaymentNotFoundException(status, message, code, body, method, path),
            409 => new PaymentConflictException(status, message, code, body, method, path),
            429 => new PaymentRateLimitException(status, message, code, body, method, path),
            >= 500 and <= 599 => new PaymentServerException(status, message, code, body, method, path),
            _ => new PaymentApiException(status, message, code, body, method, path),
        };
    }

    /// <summary>
    /// The server's message and code from any of the shapes Payment Kit and its proxies send:
    /// <c>{"error":"..."}</c>, <c>{"code":"...","error":"..."}</c>,
    /// <c>{"error":{"message":"...","code":"..."}}</c>, <c>{"message":"..."}</c>, or text/HTML.
    /// </summary>
    public static (string? Message, string? Code) ReadMessage(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String) return (Clean(root.GetString()), null);
            if (root.ValueKind != JsonValueKind.Object) return (Clean(body), null);
            string? message = null, code = null;
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    message = Text(error, "message");
                    code = Text(error, "code");
                }
                else
                {
                    message = ScalarText(error);
                }
            }
            message ??= Text(root, "message");
            code ??= Text(root, "code");
            return (message, code);
        }
        catch (JsonException)
        {
            return (FromText(body), null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? ScalarText(value) : null;

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    private static string? FromText(string body)
    {
        var text = body.TrimStart();
        if (text.StartsWith("<", StringComparison.Ordinal))
        {
            var title = HtmlTitle.Match(text);
            text = title.Success ? title.Groups[1].Value : HtmlTag.Replace(text, " ");
            text = WebUtility.HtmlDecode(text);
        }
        return Clean(text);
    }

    private static string? Clean(string? text)
    {
        if (text is null) return null;
        text = Spaces.Replace(text, " ").Trim();
        if (text.Length == 0) return null;
        return text.Length <= MaxTextMessageLength ? text : new StringBuilder(text, 0, MaxTextMessageLength, MaxTextMessageLength + 1).Append('…').ToString();
    }
}
