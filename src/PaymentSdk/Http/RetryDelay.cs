using System;
using System.Net.Http;
using System.Threading;

namespace PaymentSdk.Http;

/// <summary>How long to wait before a retry: the server's <c>Retry-After</c> if it sent one, else exponential backoff.</summary>
internal static class RetryDelay
{
    private const double JitterSpread = 0.2;

    /// <param name="options">The retry settings.</param>
    /// <param name="retryIndex">0 before the first retry, 1 before the second, ...</param>
    /// <param name="response">The answer that is being retried, if the attempt got one.</param>
    /// <param name="now">The current time, to turn a <c>Retry-After</c> date into a wait.</param>
    /// <param name="random">A number in [0, 1) that places the jitter.</param>
    public static TimeSpan For(PaymentRetryOptions options, int retryIndex, HttpResponseMessage? response, DateTimeOffset now, double random)
    {
        if (response?.Headers.RetryAfter is { } retryAfter)
        {
            var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : TimeSpan.Zero);
            if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
            return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
        }
        var ticks = options.InitialDelay.Ticks * Math.Pow(options.BackoffFactor, retryIndex);
        if (options.UseJitter) ticks *= 1 - JitterSpread + 2 * JitterSpread * random;
        return ticks >= options.MaxDelay.Ticks ? options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A number in [0, 1) from a generator safe to use from many threads.</summary>
    public static double NextRandom()
    {
#if NET
        return Random.Shared.NextDouble();
#else
        return (t_random ??= new Random(Interlocked.Increment(ref s_seed))).NextDouble();
#endif
    }

#if !NET
    [ThreadStatic] private static Random? t_random;
    private static int s_seed = Environment.TickCount;
#endif
}
