using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace PaymentSdk.AspNetCore.Redelivery;

/// <summary>
/// The guard's store in the app's <see cref="IDistributedCache"/>, so that instances behind a load balancer share
/// what they handled. A claim is written before the handler runs and read by every copy that arrives after it;
/// the cache has no atomic add, so two copies arriving within the same few milliseconds at two instances could
/// still both run (one instance never runs both: its claims are also taken in memory).
/// </summary>
internal sealed class DistributedHandledEvents : HandledEvents
{
    private const string KeyPrefix = "PaymentSdk.Webhooks.event:";
    private static readonly byte[] Handling = [(byte)'p'];
    private static readonly byte[] Handled = [(byte)'h'];

    private readonly IDistributedCache _cache;
    private readonly InMemoryHandledEvents _local;
    private readonly PaymentWebhookOptions _options;

    public DistributedHandledEvents(IDistributedCache cache, PaymentWebhookOptions options, TimeProvider clock)
    {
        _cache = cache;
        _options = options;
        _local = new InMemoryHandledEvents(options, clock);
    }

    public override async ValueTask<EventClaim> ClaimAsync(string eventId, CancellationToken cancellationToken)
    {
        var local = await _local.ClaimAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (local != EventClaim.Claimed) return local;
        try
        {
            var state = await _cache.GetAsync(KeyPrefix + eventId, cancellationToken).ConfigureAwait(false);
            if (state is [(byte)'h']) return await Unclaimed(EventClaim.AlreadyHandled).ConfigureAwait(false);
            if (state is [(byte)'p']) return await Unclaimed(EventClaim.InProgress).ConfigureAwait(false);
            await _cache.SetAsync(KeyPrefix + eventId, Handling, For(_options.MaxHandlingTime), cancellationToken).ConfigureAwait(false);
            return EventClaim.Claimed;
        }
        catch
        {
            await _local.ReleaseAsync(eventId, handled: false, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        async ValueTask<EventClaim> Unclaimed(EventClaim claim)
        {
            await _local.ReleaseAsync(eventId, handled: false, cancellationToken).ConfigureAwait(false);
            return claim;
        }
    }

    public override async ValueTask ReleaseAsync(string eventId, bool handled, CancellationToken cancellationToken)
    {
        try
        {
            if (handled) await _cache.SetAsync(KeyPrefix + eventId, Handled, For(_options.RedeliveryWindow), cancellationToken).ConfigureAwait(false);
            else await _cache.RemoveAsync(KeyPrefix + eventId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _local.ReleaseAsync(eventId, handled, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static DistributedCacheEntryOptions For(TimeSpan lifetime) => new() { AbsoluteExpirationRelativeToNow = lifetime };
}
