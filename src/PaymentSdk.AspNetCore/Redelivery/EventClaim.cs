namespace PaymentSdk.AspNetCore.Redelivery;

/// <summary>What the store says of an event that has just arrived.</summary>
internal enum EventClaim
{
    /// <summary>New (or forgotten): this delivery handles it.</summary>
    Claimed,

    /// <summary>Handled successfully within the window: answer 200 without handling it again.</summary>
    AlreadyHandled,

    /// <summary>Another delivery of it is being handled now: answer 409, so that Payment Kit delivers it again later.</summary>
    InProgress,
}
