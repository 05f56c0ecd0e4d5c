using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Http;

public class RetryOptionsTests
{
    private static readonly Uri Host = new("https://host/payment");

    [Fact]
    public void The_defaults_match_payment_js()
    {
        var retry = new PaymentClientOptions().Retry;

        Assert.Equal(3, retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), retry.InitialDelay);
        Assert.Equal(2, retry.BackoffFactor);
        Assert.Equal(TimeSpan.FromSeconds(5), retry.MaxDelay);
        Assert.True(retry.UseJitter);
        Assert.Equal(TimeSpan.FromSeconds(60), retry.AttemptTimeout);
        // Not payment-js's: a whole call is bounded at 100 s (Azure.Core's per-try anchor), not by 4 attempts of 60 s.
        Assert.Equal(TimeSpan.FromSeconds(100), retry.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(100), retry.EffectiveTotalTimeout);
    }

    [Fact]
    public void To_string_lists_every_setting()
    {
        var text = new PaymentRetryOptions { MaxRetries = 5, TotalTimeout = TimeSpan.FromMinutes(2) }.ToString();

        Assert.Equal("MaxRetries=5, InitialDelay=00:00:00.5000000, BackoffFactor=2, MaxDelay=00:00:05, UseJitter=True, MaxRetryAfter=00:00:30, AttemptTimeout=00:01:00, ConnectTimeout=00:00:10, TotalTimeout=00:02:00", text);
    }

    [Fact]
    public void A_null_total_timeout_is_the_longest_the_attempts_and_waits_can_take()
    {
        var retry = new PaymentClientOptions().Retry;
        retry.TotalTimeout = null;

        // 4 attempts of 60 s, and 3 waits of at most max(5 s, 30 s).
        Assert.Equal(TimeSpan.FromSeconds(4 * 60 + 3 * 30), retry.EffectiveTotalTimeout);

        retry.MaxRetries = 0;
        Assert.Equal(TimeSpan.FromSeconds(60), retry.EffectiveTotalTimeout);

        retry.TotalTimeout = TimeSpan.FromSeconds(7);
        Assert.Equal(TimeSpan.FromSeconds(7), retry.EffectiveTotalTimeout);
        Assert.Contains("TotalTimeout=00:00:07", retry.ToString(), StringComparison.Ordinal);

        retry.TotalTimeout = null;
        retry.AttemptTimeout = Timeout.InfiniteTimeSpan;
        Assert.Equal(Timeout.InfiniteTimeSpan, retry.EffectiveTotalTimeout);
    }

    public static TheoryData<Action<PaymentRetryOptions>, string> BadSettings => new()
    {
        { r => r.MaxRetries = -1, "MaxRetries" },
        { r => r.MaxRetries = PaymentRetryOptions.MaxRetriesLimit + 1, "MaxRetries" },
        { r => r.BackoffFactor = 0.5, "BackoffFactor" },
        { r => r.BackoffFactor = double.NaN, "BackoffFactor" },
        { r => r.InitialDelay = TimeSpan.FromMilliseconds(-1), "InitialDelay" },
        { r => r.MaxDelay = TimeSpan.FromDays(30), "MaxDelay" },
        { r => r.MaxRetryAfter = TimeSpan.FromSeconds(-1), "MaxRetryAfter" },
        { r => r.AttemptTimeout = TimeSpan.Zero, "AttemptTimeout" },
        { r => r.AttemptTimeout = TimeSpan.FromDays(30), "AttemptTimeout" },
        { r => r.ConnectTimeout = TimeSpan.FromSeconds(-5), "ConnectTimeout" },
        { r => r.TotalTimeout = TimeSpan.Zero, "TotalTimeout" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_is_rejected_by_name(Action<PaymentRetryOptions> spoil, string setting)
    {
        var options = new PaymentClientOptions { BaseUrl = Host };
        spoil(options.Retry);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentClient(options));

        Assert.Equal("PaymentClientOptions.Retry." + setting, error.ParamName);
    }

    [Fact]
    public async Task Infinite_timeouts_and_no_retries_are_accepted_and_wait_for_a_slow_answer()
    {
        // The answer takes 3 s to arrive: far past what an "infinite" timeout mistaken for zero would allow.
        using var server = new FaultServer(ConnectionFault.SlowBody);
        var options = new PaymentClientOptions
        {
            BaseUrl = server.BaseUrl("payment"),
            LiveMode = false,
            Retry = { MaxRetries = 0, AttemptTimeout = Timeout.InfiniteTimeSpan, TotalTimeout = Timeout.InfiniteTimeSpan, ConnectTimeout = Timeout.InfiniteTimeSpan },
        };
        using var client = new PaymentClient(options);

        var invoice = await client.Invoices.RetrieveAsync("inv_1");

        Assert.False(string.IsNullOrEmpty(invoice.Id));
        Assert.Equal(["GET /payment/api/invoices/inv_1?livemode=false"], server.Requests("payment").Select(r => r.Method + " " + r.Url));
    }

    [Fact]
    public void A_copy_of_the_options_has_its_own_retry_settings()
    {
        var options = new PaymentClientOptions { BaseUrl = Host };
        var copy = options.Clone();

        copy.Retry.MaxRetries = 9;

        Assert.Equal(3, options.Retry.MaxRetries);
    }
}
