namespace PaymentSdk.Sandbox.Events;

/// <summary>Every attempt the sandbox made to deliver an event, oldest first.</summary>
internal sealed class DeliveryLog
{
    private readonly Lock _gate = new();
    private readonly List<SandboxDelivery> _attempts = [];

    public void Add(SandboxDelivery attempt)
    {
        lock (_gate) _attempts.Add(attempt);
    }

    public IReadOnlyList<SandboxDelivery> All()
    {
        lock (_gate) return _attempts.ToList();
    }

    /// <summary>The attempts on one endpoint, newest first, as Payment Kit lists them on the endpoint.</summary>
    public List<WebhookAttempt> AttemptsFor(string endpointId)
    {
        lock (_gate)
        {
            return _attempts.Where(a => a.EndpointId == endpointId).Reverse().Select(a => new WebhookAttempt
            {
                Id = a.Id,
                Livemode = a.Livemode,
                EventId = a.EventId,
                WebhookEndpointId = a.EndpointId,
                Status = a.Succeeded ? "succeeded" : "failed",
                ResponseStatus = a.StatusCode,
                RetryCount = a.Attempt - 1,
                CreatedAt = a.At,
                UpdatedAt = a.At,
            }).ToList();
        }
    }
}
