using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Http;

/// <summary>
/// A response body read whole into a buffer rented from <see cref="ArrayPool{T}"/>, returned when the
/// response is disposed. Pages of invoices run to hundreds of kilobytes: reading them into fresh arrays
/// (and copying them again) put every call's body on the large-object heap.
/// </summary>
internal sealed class BufferedContent : HttpContent
{
    private const int FirstBufferSize = 16 * 1024;
    private byte[]? _buffer;
    private readonly int _length;

    private BufferedContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The body. Valid until the content (or its response) is disposed.</summary>
    public ReadOnlyMemory<byte> Memory => new(_buffer ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length);

    /// <summary>
    /// Reads the whole body of <paramref name="response"/> (if any), no more than <paramref name="maxBytes"/> of it,
    /// takes over its headers and disposes it. A <c>Content-Length</c> over the limit is refused before any buffer is
    /// allocated; a body without one (chunked, or decompressed on the way) stops being read one byte past the limit.
    /// </summary>
    /// <exception cref="PaymentResponseTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<BufferedContent> ReadAsync(HttpResponseMessage response, long maxBytes, RequestContext context, CancellationToken cancellationToken)
    {
        var source = response.Content;
        if (source is null) return new BufferedContent(Array.Empty<byte>(), 0);
        // What the server declared; a decompressed body has none (the handler drops it) and is checked while read.
        var expected = source.Headers.ContentLength;
        if (expected > maxBytes) throw TooLarge(response, maxBytes, expected, context);
        var limit = (int)maxBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(expected is > 0 ? (int)expected.Value : Math.Min(FirstBufferSize, limit));
        var length = 0;
        try
        {
#if NET
            using var stream = await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var stream = await source.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            while (true)
            {
                var capacity = Math.Min(buffer.Length, limit);
                if (length == capacity)
                {
                    // Full at the limit: one byte more means the body is too large, none means it fitted exactly.
                    if (length == limit)
                    {
                        if (await ReadAsync(stream, new byte[1], 0, 1, cancellationToken).ConfigureAwait(false) == 0) break;
                        throw TooLarge(response, maxBytes, null, context);
                    }
                    buffer = Grow(buffer, length, limit);
                    continue;
                }
                var read = await ReadAsync(stream, buffer, length, capacity - length, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            source.Dispose();
            throw;
        }
        var content = new BufferedContent(buffer, length);
        HttpContents.CopyHeaders(source, content);
        source.Dispose();
        return content;
    }

    private static ValueTask<int> ReadAsync(Stream stream, byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
#if NET
        stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken);
#else
        new(stream.ReadAsync(buffer, offset, count, cancellationToken));
#endif

    private static PaymentResponseTooLargeException TooLarge(HttpResponseMessage response, long maxBytes, long? declared, RequestContext context)
    {
        response.Content?.Dispose();
        return new PaymentResponseTooLargeException(response.StatusCode, maxBytes, declared, context.Method, context.Path);
    }

    /// <summary>A buffer twice as large (at most <paramref name="limit"/>) holding the first <paramref name="length"/> bytes.</summary>
    private static byte[] Grow(byte[] buffer, int length, int limit)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, limit));
        Buffer.BlockCopy(buffer, 0, larger, 0, length);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
#if NET
        stream.WriteAsync(Memory).AsTask();
#else
        stream.WriteAsync(_buffer ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length);
#endif

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        // Once only: a buffer returned twice would be handed to two renters.
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (disposing && buffer is not null && buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        base.Dispose(disposing);
    }
}
