using System.Net.Http.Headers;
using PaymentSdk.Http;
using Xunit;

namespace PaymentSdk.Tests.Http;

/// <summary>
/// Response bodies are read into a pooled buffer that the pipeline deserializes in place: the bytes must come
/// out exactly as sent whatever the length and however the stream hands them over, and the buffer must not be
/// readable once given back.
/// </summary>
public class BufferedContentTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(900 * 1024 + 7)]
    public async Task A_body_without_a_length_comes_out_byte_for_byte(int size)
    {
        var body = Body(size);
        using var source = new StreamContent(new TrickleStream(body, chunk: 1000));
        Assert.Null(source.Headers.ContentLength);

        using var buffered = await BufferedContent.ReadAsync(source, CancellationToken.None);

        Assert.Equal(body, buffered.Memory.ToArray());
        Assert.Equal(size, buffered.Headers.ContentLength);
    }

    [Fact]
    public async Task A_body_longer_than_its_content_length_said_is_still_read_whole()
    {
        var body = Body(50_000);
        using var source = new StreamContent(new TrickleStream(body, chunk: 4096));
        source.Headers.ContentLength = 10; // the first buffer is rented for 10 bytes and must grow

        using var buffered = await BufferedContent.ReadAsync(source, CancellationToken.None);

        Assert.Equal(body, buffered.Memory.ToArray());
    }

    [Fact]
    public async Task Headers_are_kept_and_the_body_can_be_read_again_as_ordinary_content()
    {
        var body = Body(40_000);
        using var source = new ByteArrayContent(body);
        source.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        using var buffered = await BufferedContent.ReadAsync(source, CancellationToken.None);

        Assert.Equal("application/json", buffered.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", buffered.Headers.ContentType.CharSet);
        // A handler of the caller's above the SDK's may read the response as any HttpContent.
        Assert.Equal(body, await buffered.ReadAsByteArrayAsync());
        Assert.Equal(body, buffered.Memory.ToArray());
    }

    [Fact]
    public async Task No_content_reads_as_an_empty_body()
    {
        using var buffered = await BufferedContent.ReadAsync(null, CancellationToken.None);

        Assert.Equal(0, buffered.Memory.Length);
    }

    [Fact]
    public async Task Once_disposed_the_buffer_is_no_longer_reachable_and_disposing_again_is_harmless()
    {
        using var source = new ByteArrayContent(Body(1000));
        var buffered = await BufferedContent.ReadAsync(source, CancellationToken.None);

        buffered.Dispose();
        buffered.Dispose();

        Assert.Throws<ObjectDisposedException>(() => buffered.Memory);
    }

    [Fact]
    public async Task Cancelling_while_the_body_arrives_stops_the_read()
    {
        using var cancel = new CancellationTokenSource();
        var stream = new TrickleStream(Body(100_000), chunk: 1000) { AfterRead = count => { if (count == 5) cancel.Cancel(); } };
        using var source = new StreamContent(stream);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BufferedContent.ReadAsync(source, cancel.Token));
        Assert.InRange(stream.Reads, 5, 6);
    }

    private static byte[] Body(int size)
    {
        var body = new byte[size];
        new Random(size).NextBytes(body);
        return body;
    }

    /// <summary>A stream that cannot seek (so no Content-Length) and hands its bytes over a chunk at a time, as a socket does.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public int Reads { get; private set; }

        public Action<int>? AfterRead { get; init; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            Reads++;
            AfterRead?.Invoke(Reads);
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
