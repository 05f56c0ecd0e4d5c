using System;

namespace PaymentSdk;

/// <summary>
/// How <c>MapPaymentWebhook</c> guards against redeliveries: Payment Kit delivers each event at least once, and
/// again whenever it did not see a 2xx answer (a 200 lost on the way means the same event once more). Configure
/// it with <c>builder.Services.Configure&lt;PaymentWebhookOptions&gt;(o =&gt; ...)</c>.
/// </summary>
public sealed class PaymentWebhookOptions
{
    /// <summary>The default of <see cref="RedeliveryWindow"/>: 24 hours.</summary>
    public static readonly TimeSpan DefaultRedeliveryWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// How long an event handled successfully is remembered by its id, so that a redelivery within it is answered
    /// 200 without calling the handler again. Default: <see cref="DefaultRedeliveryWindow"/>, 24 hours — Payment
    /// Kit's documentation does not say for how long it redelivers, so the window is the day its retries are
    /// commonly bounded by. <see cref="TimeSpan.Zero"/> turns the guard off: every delivery reaches the handler.
    /// </summary>
    public TimeSpan RedeliveryWindow { get; set; } = DefaultRedeliveryWindow;

    /// <summary>
    /// How long a delivery being handled keeps copies of its event out: a copy that arrives meanwhile is answered
    /// 409, and Payment Kit delivers it again later. A handler still running after this long no longer holds its
    /// event (so that an app that crashed mid-event gets it again). Default: 5 minutes.
    /// </summary>
    public TimeSpan MaxHandlingTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Without an <c>IDistributedCache</c>, the most event ids kept in memory; past it the oldest are forgotten
    /// first. Default: 100,000 (a few megabytes).
    /// </summary>
    public int MaxRememberedEvents { get; set; } = 100_000;

    /// <summary>Checks the settings; the message names the one that is wrong.</summary>
    internal void Validate()
    {
        if (RedeliveryWindow < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(PaymentWebhookOptions) + "." + nameof(RedeliveryWindow), RedeliveryWindow, "The redelivery window cannot be negative (TimeSpan.Zero turns the guard off).");
        if (MaxHandlingTime <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(PaymentWebhookOptions) + "." + nameof(MaxHandlingTime), MaxHandlingTime, "The longest handling time must be positive.");
        if (MaxRememberedEvents < 1)
            throw new ArgumentOutOfRangeException(nameof(PaymentWebhookOptions) + "." + nameof(MaxRememberedEvents), MaxRememberedEvents, "At least one event must be remembered.");
    }
}
