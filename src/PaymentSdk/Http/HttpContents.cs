using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Http;

/// <summary>Helpers for message bodies, the same on every target framework.</summary>
internal static class HttpContents
{
    /// <summary>Copies the content headers (Content-Type, ...) but not Content-Length, which each content computes for itself.</summary>
    public static void CopyHeaders(HttpContent from, HttpContent to)
    {
        foreach (var header in from.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                to.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>The bytes a request sends: the SDK's own body as it is, none for no content, any other content read once.</summary>
    public static async Task<byte[]> RequestBodyAsync(HttpContent? content, CancellationToken cancellationToken) => content switch
    {
        null => Array.Empty<byte>(),
        SendOnceContent own => own.Body,
        _ => await ReadAllBytesAsync(content, cancellationToken).ConfigureAwait(false),
    };

    /// <summary>Reads a whole body, honouring <paramref name="cancellationToken"/>.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return Array.Empty<byte>();
#if NET
        return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        using (cancellationToken.Register(content.Dispose))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // Disposing the content to stop the read surfaces as ObjectDisposedException or an
                // I/O error; it is a cancellation (or a timeout), not a broken connection.
                throw new OperationCanceledException(cancellationToken);
            }
        }
#endif
    }
}
