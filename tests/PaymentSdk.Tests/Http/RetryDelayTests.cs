using System.Net;
using System.Net.Http.Headers;
using PaymentSdk.Http;

namespace PaymentSdk.Tests.Http;

public class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static PaymentRetryOptions Options(bool jitter = false) => new() { UseJitter = jitter };

    [Theory]
    [InlineData(0, 500)]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(4, 5000)] // 8 s, capped
    [InlineData(40, 5000)]
    public void Backoff_doubles_from_500_ms_up_to_5_s(int retryIndex, int expectedMilliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RetryDelay.For(Options(), retryIndex, null, Now, 0.5));
    }

    [Theory]
    [InlineData(0.0, 400)]
    [InlineData(0.5, 500)]
    [InlineData(0.999999, 600)]
    public void Jitter_spreads_a_wait_over_plus_or_minus_20_percent(double random, int expectedMilliseconds)
    {
        var wait = RetryDelay.For(Options(jitter: true), 0, null, Now, random);

        Assert.Equal(expectedMilliseconds, wait.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void Jitter_never_goes_past_the_cap()
    {
        var options = Options(jitter: true);
        options.MaxDelay = TimeSpan.FromSeconds(4.5);

        Assert.Equal(TimeSpan.FromSeconds(4.5), RetryDelay.For(options, 3, null, Now, 0.999)); // 4 s × 1.2 = 4.8 s
        Assert.Equal(TimeSpan.FromSeconds(4.5), RetryDelay.For(options, 4, null, Now, 0.0));   // 8 s × 0.8 = 6.4 s
        Assert.Equal(TimeSpan.FromSeconds(3.2), RetryDelay.For(options, 3, null, Now, 0.0));   // 4 s × 0.8
    }

    [Fact]
    public void The_factor_and_first_wait_are_settable()
    {
        var options = new PaymentRetryOptions { InitialDelay = TimeSpan.FromMilliseconds(100), BackoffFactor = 3, UseJitter = false };

        Assert.Equal(TimeSpan.FromMilliseconds(900), RetryDelay.For(options, 2, null, Now, 0.5));
    }

    [Fact]
    public void Retry_after_in_seconds_is_waited_for_instead_of_backoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.For(Options(), 0, response, Now, 0.5));
    }

    [Fact]
    public void Retry_after_as_an_http_date_is_the_time_until_then()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(12), RetryDelay.For(Options(), 0, response, Now, 0.5));
    }

    [Fact]
    public void Retry_after_in_the_past_means_now()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-30));

        Assert.Equal(TimeSpan.Zero, RetryDelay.For(Options(), 0, response, Now, 0.5));
    }

    [Fact]
    public void Retry_after_is_capped_by_max_retry_after()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.For(Options(), 0, response, Now, 0.5));
    }
}
