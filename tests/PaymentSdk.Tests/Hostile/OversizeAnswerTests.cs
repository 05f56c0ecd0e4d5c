using System.Net;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Hostile;

/// <summary>
/// Answers far larger than any page (PaymentClientOptions.MaxResponseBytes, 8 MiB by default): refused by their
/// Content-Length before a buffer is allocated, or read no further than the limit when chunked or compressed, as a
/// typed error that says the limit and how to raise it, and never retried.
/// </summary>
public sealed class OversizeAnswerTests
{
    private const long OneGigabyte = 1L << 30;

    private static PaymentClient Client(FaultServer server, long? maxResponseBytes = null)
    {
        var options = new PaymentClientOptions
        {
            BaseUrl = server.BaseUrl("m"),
            LiveMode = false,
            Retry = { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        };
        if (maxResponseBytes is { } limit) options.MaxResponseBytes = limit;
        return new PaymentClient(options);
    }

    [Theory]
    [InlineData(2147483600L)]
    [InlineData(OneGigabyte)]
    [InlineData(PaymentClientOptions.DefaultMaxResponseBytes + 1)]
    public async Task A_content_length_over_the_limit_is_refused_with_the_limit_named(long contentLength)
    {
        using var server = new FaultServer(RawAnswers.Declaring(contentLength));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => payment.Invoices.ListAsync());

        Assert.Equal(contentLength, error.ContentLength);
        Assert.Equal(PaymentClientOptions.DefaultMaxResponseBytes, error.MaxResponseBytes);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains($"PaymentClientOptions.MaxResponseBytes ({PaymentClientOptions.DefaultMaxResponseBytes} bytes)", error.Message, StringComparison.Ordinal);
        Assert.Contains("raise PaymentClientOptions.MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Connections); // the same request would get the same answer: not retried
        Assert.Equal(1, error.Attempts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_of_a_gigabyte_stops_at_the_limit_whether_it_declares_its_length_or_is_chunked(bool chunked)
    {
        using var server = new FaultServer(RawAnswers.Padded(200, OneGigabyte, chunked));
        using var payment = Client(server, maxResponseBytes: 1024 * 1024);

        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => payment.Invoices.ListAsync());

        if (chunked) Assert.Null(error.ContentLength);
        else Assert.Equal(OneGigabyte, error.ContentLength);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task A_chunked_body_past_the_default_limit_stops_there()
    {
        using var server = new FaultServer(RawAnswers.Padded(200, OneGigabyte, chunked: true));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => payment.Invoices.RetrieveAsync("in_1"));

        Assert.Null(error.ContentLength);
        Assert.Contains($"went on past {PaymentClientOptions.DefaultMaxResponseBytes} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_bomb_stops_at_the_limit_after_decompression()
    {
        // A few hundred kilobytes on the wire, 200 MB once inflated: Content-Length is the compressed size.
        using var server = new FaultServer(RawAnswers.GzipBomb(200L * 1024 * 1024));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => payment.Invoices.ListAsync());

        Assert.Null(error.ContentLength);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task An_error_answer_over_the_limit_is_refused_too_and_void_says_it_may_have_acted()
    {
        using var server = new FaultServer(RawAnswers.Padded(500, 64 * 1024 * 1024, chunked: true));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentResponseTooLargeException>(() => payment.Invoices.VoidAsync("in_1"));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Contains("may have reached Payment Kit", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task An_answer_of_exactly_the_limit_is_read()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("{\"count\":0,\"list\":[],\"padding\":\"" + new string('x', 2000) + "\"}");
        using var server = new FaultServer(RawAnswers.Json(200, body));
        using var payment = Client(server, maxResponseBytes: body.Length);

        var page = await payment.Invoices.ListAsync();

        Assert.Empty(page.List);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1023L)]
    [InlineData(2147483648L)]
    public void A_limit_out_of_range_is_refused_naming_the_setting(long limit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("https://host/payment"), MaxResponseBytes = limit }));

        Assert.Equal("PaymentClientOptions.MaxResponseBytes", error.ParamName);
    }
}
