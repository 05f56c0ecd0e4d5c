using System.Text;
using PaymentSdk.Testing;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Answers written byte for byte by a <see cref="FaultServer"/> script: heads with whatever headers a test wants
/// (a lying Content-Length, chunked, gzip), and bodies of any length streamed from one small buffer.
/// </summary>
public static class RawAnswers
{
    /// <summary>The head of an answer: status line, the given header lines, <c>Connection: close</c>.</summary>
    public static byte[] Head(int status, params string[] headers) =>
        Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Status\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Connection: close\r\n\r\n");

    /// <summary>A whole answer: <paramref name="body"/> with its length and a JSON content type.</summary>
    public static Func<LoggedRequest, Stream, CancellationToken, Task> Json(int status, byte[] body, string contentType = "application/json; charset=utf-8") =>
        async (_, stream, ct) =>
        {
            await stream.WriteAsync(Head(status, $"Content-Type: {contentType}", $"Content-Length: {body.Length}"), ct);
            await stream.WriteAsync(body, ct);
        };

    /// <summary>A whole answer with the UTF-8 text <paramref name="body"/>.</summary>
    public static Func<LoggedRequest, Stream, CancellationToken, Task> Json(int status, string body) => Json(status, Encoding.UTF8.GetBytes(body));

    /// <summary>
    /// A JSON object of <paramref name="length"/> bytes whose one string field is padding, streamed: with its
    /// Content-Length, or chunked without one. The client may stop reading at any point.
    /// </summary>
    public static Func<LoggedRequest, Stream, CancellationToken, Task> Padded(int status, long length, bool chunked) =>
        async (_, stream, ct) =>
        {
            await stream.WriteAsync(Head(status, "Content-Type: application/json", chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {length}"), ct);
            await PaddedJson.WriteAsync(stream, length, chunked, ct);
        };

    /// <summary>A head declaring <paramref name="contentLength"/> bytes, then a body that goes on until the client stops reading.</summary>
    public static Func<LoggedRequest, Stream, CancellationToken, Task> Declaring(long contentLength) =>
        async (_, stream, ct) =>
        {
            await stream.WriteAsync(Head(200, "Content-Type: application/json", $"Content-Length: {contentLength}"), ct);
            await PaddedJson.WriteAsync(stream, contentLength, chunked: false, ct);
        };

    /// <summary>A gzip body of a few hundred kilobytes that inflates to <paramref name="inflatedLength"/> bytes of padded JSON.</summary>
    public static Func<LoggedRequest, Stream, CancellationToken, Task> GzipBomb(long inflatedLength)
    {
        var bytes = PaddedJson.Gzip(inflatedLength);
        return async (_, stream, ct) =>
        {
            await stream.WriteAsync(Head(200, "Content-Type: application/json", "Content-Encoding: gzip", $"Content-Length: {bytes.Length}"), ct);
            await stream.WriteAsync(bytes, ct);
        };
    }
}
