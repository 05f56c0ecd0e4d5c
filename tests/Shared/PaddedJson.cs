using System.IO.Compression;
using System.Text;

namespace PaymentSdk.Testing;

/// <summary>
/// Answers of any size streamed from one small buffer, for the tests and the benchmarks that send far more than a
/// page (compiled into both from this one file): a JSON object whose one string field is padding.
/// </summary>
internal static class PaddedJson
{
    /// <summary>Writes <paramref name="length"/> bytes of <c>{"count":1,"list":[],"padding":"xx…"}</c>, as HTTP chunks when <paramref name="chunked"/>.</summary>
    public static async Task WriteAsync(Stream stream, long length, bool chunked, CancellationToken ct)
    {
        var start = "{\"count\":1,\"list\":[],\"padding\":\""u8.ToArray();
        var end = "\"}"u8.ToArray();
        var padding = new byte[64 * 1024];
        padding.AsSpan().Fill((byte)'x');
        await WriteAsync(start);
        for (var left = length - start.Length - end.Length; left > 0; left -= padding.Length)
            await WriteAsync(padding.AsMemory(0, (int)Math.Min(left, padding.Length)));
        await WriteAsync(end);
        if (chunked) await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);

        async Task WriteAsync(ReadOnlyMemory<byte> piece)
        {
            if (chunked) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{piece.Length:x}\r\n"), ct);
            await stream.WriteAsync(piece, ct);
            if (chunked) await stream.WriteAsync("\r\n"u8.ToArray(), ct);
        }
    }

    /// <summary>Gzip of <paramref name="inflatedLength"/> bytes of padded JSON: about a thousandth of that on the wire.</summary>
    public static byte[] Gzip(long inflatedLength)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            WriteAsync(gzip, inflatedLength, chunked: false, CancellationToken.None).GetAwaiter().GetResult();
        return compressed.ToArray();
    }
}
