namespace PaymentSdk.Sandbox.State;

/// <summary>
/// The sandbox's state: one <see cref="ModeState"/> per mode behind one lock. A read answers inside the lock, so
/// no answer sees half a change; a change runs inside it and its events are published after it is released, so a
/// slow subscriber lookup or delivery start never holds up another request.
/// </summary>
internal sealed class SandboxState(ModeState test, ModeState live, TimeProvider clock)
{
    private readonly Lock _gate = new();

    public TimeProvider Clock { get; } = clock;

    /// <summary>Publishes what changes raise; none when null.</summary>
    public Events.WebhookPublisher? Events { get; set; }

    public T Read<T>(bool livemode, Func<ModeState, T> read)
    {
        lock (_gate) return read(Mode(livemode));
    }

    public T Change<T>(bool livemode, Func<Change, T> change)
    {
        Change scope;
        T result;
        lock (_gate)
        {
            scope = new Change(Mode(livemode), Clock.GetUtcNow(), State.Change.RuntimeId);
            result = change(scope);
        }
        foreach (var raised in scope.Raised) Events?.Publish(livemode, raised);
        return result;
    }

    private ModeState Mode(bool livemode) => livemode ? live : test;
}
