using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.AspNetCore;

/// <summary>
/// Deliveries that are validly signed but unreadable, or that a sender cuts off or trickles: answered 400 (never
/// 500, which Payment Kit would redeliver for ever) or logged as one quiet line, never as an unhandled exception.
/// </summary>
public sealed class HostileDeliveryTests
{
    private int _calls;

    private Task Handle(PaymentEvent evt, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        // What a handler does with an invoice event: it must not throw on a delivery the endpoint let through.
        Assert.True(evt.Data.TryGetInvoice(out _));
        return Task.CompletedTask;
    }

    /// <summary>A delivery signed over <paramref name="body"/> as a Node receiver decodes it (bad bytes as U+FFFD).</summary>
    private static async Task<HttpResponseMessage> DeliverSignedAsync(WebhookHost host, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks") { Content = new ByteArrayContent(body) };
        foreach (var (name, value) in WebhookSigning.Headers("POST", "/hooks", Encoding.UTF8.GetString(body), host.Clock.Now.ToUnixTimeSeconds()))
        {
            if (name == "content-type") request.Content.Headers.TryAddWithoutValidation(name, value);
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        return await host.Http.SendAsync(request);
    }

    /// <summary>No error, and no stack trace at Information or above (Kestrel's own Debug diagnostics may carry one).</summary>
    private static void NoErrorsLogged(WebhookHost host) =>
        Assert.DoesNotContain(host.Logs.Lines, l => l.Level >= LogLevel.Error || (l.Level >= LogLevel.Information && l.Message.Contains("   at ", StringComparison.Ordinal)));

    [Fact]
    public async Task A_signed_delivery_with_invalid_utf8_in_its_object_is_answered_400_and_logged()
    {
        await using var host = await WebhookHost.StartAsync(Handle);
        var text = WebhookHost.Event("evt_1", """{"id":"in_1","object":"invoice","metadata":{"note":"@@"}}""");
        var at = text.AsSpan().IndexOf("@@"u8);
        byte[] body = [.. text[..at], 0xC3, 0x28, .. text[(at + 2)..]];

        using var response = await DeliverSignedAsync(host, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _calls);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Refused a webhook delivery with 400: the signed body is not UTF-8 JSON", StringComparison.Ordinal)
            && l.Message.Contains("$.data.object.metadata.note", StringComparison.Ordinal));
        NoErrorsLogged(host);
    }

    [Theory]
    [InlineData("""{"id":"in_1","object":"invoice","total":"12.50"}""", "$.data.object.total")]
    [InlineData("""{"id":"in_1","object":"invoice","period_start":99999999999999}""", "$.data.object.period_start")]
    [InlineData("""{"id":"in_1","object":"invoice","attempt_count":"many"}""", "$.data.object.attempt_count")]
    public async Task A_signed_delivery_whose_invoice_cannot_be_read_is_answered_400_naming_the_field(string invoice, string path)
    {
        await using var host = await WebhookHost.StartAsync(Handle);

        using var response = await host.DeliverAsync(WebhookHost.Event("evt_1", invoice));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _calls);
        var refused = Assert.Single(host.Logs.Lines, l => l.Message.StartsWith("Refused a webhook delivery with 400", StringComparison.Ordinal));
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("12.50", refused.Message, StringComparison.Ordinal); // the body's text stays out of logs
        NoErrorsLogged(host);
    }

    [Fact]
    public async Task A_delivery_whose_body_trickles_in_is_cut_off_by_kestrel_with_one_quiet_line()
    {
        await using var host = await WebhookHost.StartAsync(Handle, kestrel: k =>
            k.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2)));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, host.Root.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /hooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"));

        // A byte every half second, far below 100 bytes a second, until Kestrel gives up on the body.
        var answer = new byte[4096];
        var reading = stream.ReadAsync(answer).AsTask();
        for (var i = 0; i < 30 && !reading.IsCompleted; i++)
        {
            try
            {
                await stream.WriteAsync("{"u8.ToArray());
            }
            catch (IOException)
            {
                break;
            }
            await Task.WhenAny(reading, Task.Delay(500));
        }
        var read = await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 408", Encoding.ASCII.GetString(answer, 0, read), StringComparison.Ordinal);
        Assert.Equal(0, _calls);
        await WaitForAsync(() => host.Logs.Lines.Any(l => l.Message.StartsWith("A webhook delivery was cut off before it was read (408)", StringComparison.Ordinal)));
        NoErrorsLogged(host);
    }

    [Fact]
    public async Task A_sender_that_goes_away_mid_body_is_one_quiet_line()
    {
        await using var host = await WebhookHost.StartAsync(Handle);
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, host.Root.Port);
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("POST /hooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{\"id\":"));
            await Task.Delay(200);
            client.Client.LingerState = new LingerOption(true, 0);
        }

        await WaitForAsync(() => host.Logs.Lines.Any(l => l.Message.StartsWith("A webhook delivery was", StringComparison.Ordinal)));
        Assert.Equal(0, _calls);
        NoErrorsLogged(host);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "the expected log line never came");
    }
}
