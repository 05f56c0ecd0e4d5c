namespace PaymentSdk.Sandbox.Events;

/// <summary>One attempt to deliver an event to a webhook endpoint.</summary>
/// <param name="Id">The attempt's id.</param>
/// <param name="EventId">The event delivered.</param>
/// <param name="EventType">Its type, such as <c>invoice.voided</c>.</param>
/// <param name="EndpointId">The endpoint it went to.</param>
/// <param name="Url">The endpoint's URL.</param>
/// <param name="Livemode">The mode of the event.</param>
/// <param name="Attempt">1 for the first delivery, 2 for the first retry, ...</param>
/// <param name="StatusCode">What the endpoint answered; null when it could not be reached.</param>
/// <param name="Error">Why it could not be reached, if it could not.</param>
/// <param name="At">When the attempt was made.</param>
public sealed record SandboxDelivery(
    string Id, string EventId, string EventType, string EndpointId, string Url, bool Livemode, int Attempt, int? StatusCode, string? Error, DateTimeOffset At)
{
    /// <summary>Whether the endpoint answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
