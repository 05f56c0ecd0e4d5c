using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.AspNetCore.Redelivery;

/// <summary>
/// The ids of the events being handled and handled, for the redelivery guard of <c>MapPaymentWebhook</c>: in the
/// app's <c>IDistributedCache</c> when it has one (shared by its instances), else in memory.
/// </summary>
internal abstract class HandledEvents
{
    /// <summary>Claims <paramref name="eventId"/> for this delivery, unless it is handled or being handled.</summary>
    public abstract ValueTask<EventClaim> ClaimAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Ends this delivery's claim: remembered as handled for the window when <paramref name="handled"/>, else forgotten so that a redelivery runs.</summary>
    public abstract ValueTask ReleaseAsync(string eventId, bool handled, CancellationToken cancellationToken);
}
