using System.Net;
using System.Net.Sockets;
using PaymentSdk.Http;
using Polly.Timeout;

namespace PaymentSdk.Tests.Http;

public class RetryRulesTests
{
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    [InlineData(200, false)]
    [InlineData(302, false)]
    public void Only_try_again_statuses_are_retried_and_only_for_idempotent_routes(int status, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(retried, RetryRules.ShouldRetry(Idempotency.Idempotent, response, null));
        Assert.False(RetryRules.ShouldRetry(Idempotency.NotIdempotent, response, null));
    }

    public static TheoryData<string, Exception> MaybeSent => new()
    {
        { "reset after sending", new HttpRequestException("reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))) },
        { "response ended", new HttpRequestException(HttpRequestError.ResponseEnded, "ended") },
        { "attempt timeout", new TimeoutRejectedException("attempt", TimeSpan.FromSeconds(1)) },
        { "HttpClient timeout", new TaskCanceledException("timeout", new TimeoutException()) },
        { "body broke off", new IOException("broken chunk") },
        { "socket timed out while reading", new IOException("read", new SocketException((int)SocketError.TimedOut)) },
    };

    [Theory]
    [MemberData(nameof(MaybeSent))]
    public void A_failure_that_may_follow_sending_is_retried_only_when_idempotent(string _, Exception failure)
    {
        Assert.True(RetryRules.ShouldRetry(Idempotency.Idempotent, null, failure));
        Assert.False(RetryRules.ShouldRetry(Idempotency.NotIdempotent, null, failure));
        Assert.False(RetryRules.ProvablyNeverSent(failure));
    }

    public static TheoryData<string, Exception> NeverSent => new()
    {
        { "refused", new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)) },
        { "no such host", new HttpRequestException(HttpRequestError.NameResolutionError, "dns", new SocketException((int)SocketError.HostNotFound)) },
        { "TLS failed", new HttpRequestException(HttpRequestError.SecureConnectionError, "tls") },
        { "connect timed out", new HttpRequestException(HttpRequestError.ConnectionError, "timed out", new SocketException((int)SocketError.TimedOut)) },
        { "refused, seen only in the socket error", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)) },
        { "network unreachable", new HttpRequestException("unreachable", new SocketException((int)SocketError.NetworkUnreachable)) },
    };

    [Theory]
    [MemberData(nameof(NeverSent))]
    public void A_failure_before_any_byte_left_is_retried_even_when_not_idempotent(string _, Exception failure)
    {
        Assert.True(RetryRules.ProvablyNeverSent(failure));
        Assert.True(RetryRules.ShouldRetry(Idempotency.NotIdempotent, null, failure));
        Assert.True(RetryRules.ShouldRetry(Idempotency.Idempotent, null, failure));
    }

    [Fact]
    public void Other_exceptions_are_not_retried()
    {
        Assert.False(RetryRules.ShouldRetry(Idempotency.Idempotent, null, new InvalidOperationException("a bug")));
        Assert.False(RetryRules.ShouldRetry(Idempotency.Idempotent, null, null));
    }
}
