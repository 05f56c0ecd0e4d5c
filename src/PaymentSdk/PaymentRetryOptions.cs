using System;
using System.Globalization;
using System.Threading;

namespace PaymentSdk;

/// <summary>
/// How a <see cref="PaymentClient"/> retries and times out requests: the <see cref="PaymentClientOptions.Retry"/>
/// section. The defaults match payment-js (3 retries, exponential backoff from 500 ms doubling up to 5 s with
/// jitter, 60 s per attempt), with one difference that protects money: <c>void</c> and <c>returnStake</c> are
/// repeated only when the failure proves the request never reached Payment Kit.
/// </summary>
public class PaymentRetryOptions
{
    /// <summary>The most retries allowed by <see cref="MaxRetries"/>.</summary>
    public const int MaxRetriesLimit = 100;

    /// <summary>
    /// How many times a failed request may be repeated, so a call makes at most <c>MaxRetries + 1</c> attempts.
    /// <c>0</c> turns retries off. Default: 3. Range: 0 to <see cref="MaxRetriesLimit"/>.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before the first retry; each later wait is <see cref="BackoffFactor"/> times longer. Default: 500 ms.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How much each wait grows over the one before. Default: 2. Must be at least 1.</summary>
    public double BackoffFactor { get; set; } = 2;

    /// <summary>The longest wait between two attempts that backoff may reach, jitter included. Default: 5 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether each backoff wait is spread at random over ±20 % of its value, so that many clients
    /// failing together do not retry together. Default: true.
    /// </summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// The longest wait the SDK accepts from a <c>Retry-After</c> header (seconds or an HTTP date) on
    /// a 429 or 503 answer; a longer request is cut to this. Default: 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one attempt may take, from sending to reading the whole answer, before it counts as a
    /// timeout (retried for idempotent operations); <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// Default: 60 s, as in payment-js.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long the SDK's own connection may take to connect before the attempt fails as never sent
    /// (which makes it safe to retry even <c>void</c> and <c>returnStake</c>). Used by the connections the
    /// client creates itself, not by an <c>HttpClient</c> or handler passed in. Default: 10 s.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The default of <see cref="TotalTimeout"/>: 100 s.</summary>
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How long a whole call may take, all attempts and waits included, before it fails with
    /// <see cref="PaymentTimeoutException"/>; <see cref="Timeout.InfiniteTimeSpan"/> for none; null for the longest time
    /// the attempts and waits could take, <c>(MaxRetries + 1) × AttemptTimeout + MaxRetries × max(MaxDelay, MaxRetryAfter)</c>
    /// (5.5 minutes with the other defaults). Default: <see cref="DefaultTotalTimeout"/>, 100 s — beside Stripe.net's
    /// 80 s a request and Azure.Core's 100 s a try, it lets one full attempt (60 s, payment-js's) and the retries of
    /// quick failures with their waits finish, and bounds any call, even against a server that trickles one byte a
    /// second, to 100 s rather than the 4 minutes its attempts alone could take.
    /// </summary>
    public TimeSpan? TotalTimeout { get; set; } = DefaultTotalTimeout;

    /// <summary>The total timeout in effect: <see cref="TotalTimeout"/>, or the bound it defaults to.</summary>
    internal TimeSpan EffectiveTotalTimeout
    {
        get
        {
            if (TotalTimeout is { } total) return total;
            if (AttemptTimeout == Timeout.InfiniteTimeSpan) return Timeout.InfiniteTimeSpan;
            var longestWait = MaxDelay > MaxRetryAfter ? MaxDelay : MaxRetryAfter;
            var ticks = (MaxRetries + 1) * (double)AttemptTimeout.Ticks + MaxRetries * (double)longestWait.Ticks;
            return ticks >= MaxTimerSpan.Ticks ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks((long)ticks);
        }
    }

    // Timers (CancellationTokenSource.CancelAfter, Task.Delay) take at most int.MaxValue milliseconds, about 24.8 days.
    private static readonly TimeSpan MaxTimerSpan = TimeSpan.FromMilliseconds(int.MaxValue);

    internal PaymentRetryOptions Clone() => (PaymentRetryOptions)MemberwiseClone();

    /// <summary>Checks every setting; the message names the one that is wrong.</summary>
    /// <param name="prefix">How the section is named in messages, such as <c>PaymentClientOptions.Retry</c>.</param>
    internal void Validate(string prefix)
    {
        if (MaxRetries is < 0 or > MaxRetriesLimit)
            throw new ArgumentOutOfRangeException(prefix + "." + nameof(MaxRetries), MaxRetries, $"MaxRetries must be between 0 (no retries) and {MaxRetriesLimit}.");
        if (double.IsNaN(BackoffFactor) || BackoffFactor < 1 || BackoffFactor > 100)
            throw new ArgumentOutOfRangeException(prefix + "." + nameof(BackoffFactor), BackoffFactor, "BackoffFactor must be between 1 (a constant wait) and 100.");
        Wait(InitialDelay, prefix + "." + nameof(InitialDelay));
        Wait(MaxDelay, prefix + "." + nameof(MaxDelay));
        Wait(MaxRetryAfter, prefix + "." + nameof(MaxRetryAfter));
        Limit(AttemptTimeout, prefix + "." + nameof(AttemptTimeout));
        Limit(ConnectTimeout, prefix + "." + nameof(ConnectTimeout));
        if (TotalTimeout is { } total) Limit(total, prefix + "." + nameof(TotalTimeout));
    }

    private static void Wait(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero || value > MaxTimerSpan)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or positive and at most 24 days.");
    }

    private static void Limit(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan && (value <= TimeSpan.Zero || value > MaxTimerSpan))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and at most 24 days, or Timeout.InfiniteTimeSpan.");
    }

    /// <summary>The settings, for diagnostics.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "MaxRetries={0}, InitialDelay={1}, BackoffFactor={2}, MaxDelay={3}, UseJitter={4}, MaxRetryAfter={5}, AttemptTimeout={6}, ConnectTimeout={7}, TotalTimeout={8}",
        MaxRetries, InitialDelay, BackoffFactor, MaxDelay, UseJitter, MaxRetryAfter, AttemptTimeout, ConnectTimeout, TotalTimeout?.ToString() ?? "bound by the attempts");
}
