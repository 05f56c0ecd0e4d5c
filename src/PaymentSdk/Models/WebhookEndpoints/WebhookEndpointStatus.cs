namespace PaymentSdk;

/// <summary>Known values of <see cref="WebhookEndpoint.Status"/> (an open set).</summary>
public static class WebhookEndpointStatus
{
    /// <summary>Events are delivered.</summary>
    public const string Enabled = "enabled";

    /// <summary>Events are not delivered.</summary>
    public const string Disabled = "disabled";
}
