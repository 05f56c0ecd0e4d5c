namespace PaymentSdk.Tests.Infrastructure;

/// <summary>A clock that says what the test tells it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
