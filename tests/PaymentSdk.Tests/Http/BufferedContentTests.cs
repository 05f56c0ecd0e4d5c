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

        using var buffered = await ReadAsync(source);

        Assert.Equal(body, buffered.Memory.ToArray());
        Assert.Equal(size, buffered.Headers.ContentLength);
    }

    [Fact]
    public async Task A_body_longer_than_its_content_length_said_is_still_read_whole()
    {
        var body = Body(50_000);
        using var source = new StreamContent(new TrickleStream(body, chunk: 4096));
        source.Headers.ContentLength = 10; // the first buffer is rented for 10 bytes and must grow

        using var buffered = await ReadAsync(source);

        Assert.Equal(body, buffered.Memory.ToArray());
    }

    [Fact]
    public async Task Headers_are_kept_and_the_body_can_be_read_again_as_ordinary_content()
    {
        var body = Body(40_000);
        using var source = new ByteArrayContent(body);
        source.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        using var buffered = await ReadAsync(source);

        Assert.Equal("application/json", buffered.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", buffered.Headers.ContentType.CharSet);
        // A handler of the caller's above the SDK's may read the response as any HttpContent.
        Assert.Equal(body, await buffered.ReadAsByteArrayAsync());
        Assert.Equal(body, buffered.Memory.ToArray());
    }

    [Fact]
    public async Task No_content_reads_as_an_empty_body()
    {
        using var buffered = await ReadAsync(null);

        Assert.Equal(0, buffered.Memory.Length);
    }

    [Fact]
    public async Task Once_disposed_the_buffer_is_no_longer_reachable_and_disposing_again_is_harmless()
    {
        using var source = new ByteArrayContent(Body(1000));
        var buffered = await ReadAsync(source);

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

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReadAsync(source, cancellationToken: cancel.Token));
        Assert.InRange(stream.Reads, 5, 6);
    }

    [Fact]
    public async Task A_content_length_over_the_limit_is_refused_before_a_byte_is_read_or_a_buffer_allocated()
    {
        var stream = new TrickleStream(Body(1000), chunk: 1000);
        using var source = new StreamContent(stream);
        source.Headers.ContentLength = 2147483600;

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => ReadAsync(source, limit: 4096));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(0, stream.Reads);
        Assert.InRange(allocated, 0, 64 * 1024);
        Assert.Equal(2147483600, error.ContentLength);
        Assert.Equal(4096, error.MaxResponseBytes);
        Assert.Contains("Content-Length", error.Message);
        Assert.Contains("PaymentClientOptions.MaxResponseBytes (4096 bytes)", error.Message);
    }

    [Theory]
    [InlineData(4096, 4097)]
    [InlineData(4096, 1_000_000)]
    [InlineData(20_000, 20_001)]
    public async Task A_body_without_a_length_stops_being_read_one_byte_past_the_limit(int limit, int size)
    {
        var stream = new TrickleStream(Body(size), chunk: 1000);
        using var source = new StreamContent(stream);

        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => ReadAsync(source, limit: limit));

        Assert.Null(error.ContentLength);
        Assert.Equal(limit + 1, stream.BytesHanded);
        Assert.Contains($"went on past {limit} bytes", error.Message);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(16 * 1024)]
    [InlineData(20_000)]
    public async Task A_body_of_exactly_the_limit_is_read_whole(int limit)
    {
        var body = Body(limit);
        using var source = new StreamContent(new TrickleStream(body, chunk: 999));

        using var buffered = await ReadAsync(source, limit: limit);

        Assert.Equal(body, buffered.Memory.ToArray());
    }

    [Fact]
    public async Task A_body_longer_than_its_content_length_stops_at_the_limit_too()
    {
        var stream = new TrickleStream(Body(50_000), chunk: 4096);
        using var source = new StreamContent(stream);
        source.Headers.ContentLength = 100;

        await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => ReadAsync(source, limit: 10_000));
        Assert.Equal(10_001, stream.BytesHanded);
    }

    private static Task<BufferedContent> ReadAsync(HttpContent? source, long limit = PaymentClientOptions.DefaultMaxResponseBytes, CancellationToken cancellationToken = default)
    {
        var response = new HttpResponseMessage();
        if (source is not null) response.Content = source;
        return BufferedContent.ReadAsync(response, limit, new Repeatable<Invoice>("test.read"), cancellationToken);
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

        /// <summary>How many bytes have been handed over.</summary>
        public int BytesHanded => _position;

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
