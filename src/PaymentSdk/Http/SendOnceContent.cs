using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Http;

/// <summary>
/// The body of one attempt (empty for a request without one), which refuses to be sent twice.
/// <para>
/// Why every attempt carries a body, even a GET: .NET's <c>SocketsHttpHandler</c> silently sends a
/// request again, up to three more times, when the connection closes before an answer arrives,
/// but only when the request has no content object. Measured on .NET 10: a bodiless POST to a
/// server that read it and reset the connection arrived 4 times in one <c>SendAsync</c>; with any
/// content it arrived once. With this content the SDK's retry policy is the only thing that ever
/// repeats a request, so <c>void</c> and <c>returnStake</c> reach Payment Kit at most once per
/// call, and the number of requests on the wire equals the attempts the policy allows. The
/// second-send check guards other transports that re-send by re-serializing the content.
/// </para>
/// </summary>
internal sealed class SendOnceContent : HttpContent
{
    private static readonly byte[] NoBytes = Array.Empty<byte>();
    private readonly byte[] _body;
    private int _sent;

    public SendOnceContent(byte[]? body) => _body = body ?? NoBytes;

    /// <summary>A JSON body of exactly <paramref name="utf8Json"/>, sent as <c>application/json</c>.</summary>
    public static SendOnceContent Json(byte[] utf8Json)
    {
        var content = new SendOnceContent(utf8Json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The bytes this content sends.</summary>
    public byte[] Body => _body;

    /// <summary>A new content with the same bytes and headers, for the next attempt.</summary>
    public SendOnceContent CopyForAttempt()
    {
        var copy = new SendOnceContent(_body);
        HttpContents.CopyHeaders(this, copy);
        return copy;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        MarkSent();
        return stream.WriteAsync(_body, 0, _body.Length);
    }

#if NET
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        MarkSent();
        return stream.WriteAsync(_body, 0, _body.Length, cancellationToken);
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        MarkSent();
        stream.Write(_body, 0, _body.Length);
    }
#endif

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_body, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }

    private void MarkSent()
    {
        if (Interlocked.Exchange(ref _sent, 1) != 0) throw new RepeatedSendException();
    }
}

/// <summary>
/// A transport tried to send one attempt twice: in practice a caller's <see cref="HttpClient"/> following a
/// redirect. Never retried (the next attempt would do the same), and reported as what it is.
/// </summary>
internal sealed class RepeatedSendException : InvalidOperationException
{
    public RepeatedSendException()
        : base("The transport tried to send a PaymentSdk request attempt a second time; the SDK alone decides when a request is repeated.") { }

    /// <summary>Whether <paramref name="exception"/> or one of its causes is a <see cref="RepeatedSendException"/>.</summary>
    public static bool In(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is RepeatedSendException) return true;
        return false;
    }
}
