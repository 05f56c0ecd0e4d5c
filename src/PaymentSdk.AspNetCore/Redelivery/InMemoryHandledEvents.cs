using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.AspNetCore.Redelivery;

/// <summary>
/// The guard's store in one process: claims are atomic under a lock, so two copies of one event never both run;
/// at most <see cref="PaymentWebhookOptions.MaxRememberedEvents"/> ids are kept, the oldest forgotten first.
/// </summary>
internal sealed class InMemoryHandledEvents : HandledEvents
{
    private readonly object _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // Handled ids in the order they were handled: with one window for all, also the order they expire in.
    private readonly Queue<(string Id, DateTimeOffset Until)> _handled = new();
    private readonly PaymentWebhookOptions _options;
    private readonly TimeProvider _clock;

    public InMemoryHandledEvents(PaymentWebhookOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
    }

    public override ValueTask<EventClaim> ClaimAsync(string eventId, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            Forget(now);
            if (_entries.TryGetValue(eventId, out var entry) && entry.Until > now)
                return new ValueTask<EventClaim>(entry.Handled ? EventClaim.AlreadyHandled : EventClaim.InProgress);
            _entries[eventId] = new Entry(false, now + _options.MaxHandlingTime);
            return new ValueTask<EventClaim>(EventClaim.Claimed);
        }
    }

    public override ValueTask ReleaseAsync(string eventId, bool handled, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (!handled)
            {
                _entries.Remove(eventId);
                return default;
            }
            var until = now + _options.RedeliveryWindow;
            _entries[eventId] = new Entry(true, until);
            _handled.Enqueue((eventId, until));
            Forget(now);
        }
        return default;
    }

    /// <summary>Drops the handled ids whose window has passed, and the oldest beyond the limit.</summary>
    private void Forget(DateTimeOffset now)
    {
        while (_handled.Count > 0 && (_handled.Peek().Until <= now || _handled.Count > _options.MaxRememberedEvents))
        {
            var (id, until) = _handled.Dequeue();
            // A later claim of the same id (after it expired) owns the entry now.
            if (_entries.TryGetValue(id, out var entry) && entry.Handled && entry.Until == until) _entries.Remove(id);
        }
    }

    private readonly record struct Entry(bool Handled, DateTimeOffset Until);
}
