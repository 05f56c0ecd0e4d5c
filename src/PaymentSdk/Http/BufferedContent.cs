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

    /// <summary>Reads all of <paramref name="source"/> (if any) and takes over its headers; disposes the source.</summary>
    public static async Task<BufferedContent> ReadAsync(HttpContent? source, CancellationToken cancellationToken)
    {
        if (source is null) return new BufferedContent(Array.Empty<byte>(), 0);
        var expected = source.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(expected is > 0 and < int.MaxValue ? (int)expected.Value : FirstBufferSize);
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
                if (length == buffer.Length) buffer = Grow(buffer, length);
#if NET
                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
#else
                var read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0) break;
                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        var content = new BufferedContent(buffer, length);
        HttpContents.CopyHeaders(source, content);
        source.Dispose();
        return content;
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
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
