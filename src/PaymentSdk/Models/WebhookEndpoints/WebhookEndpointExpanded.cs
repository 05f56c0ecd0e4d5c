using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A webhook endpoint as retrieve and list return it: with its latest delivery attempts.</summary>
public sealed class WebhookEndpointExpanded : WebhookEndpoint
{
    /// <summary>The object's kind: <c>webhook_endpoint</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>Recent attempts to deliver events to the endpoint.</summary>
    [JsonPropertyName("attempts")]
    public List<WebhookAttempt>? Attempts { get; set; }
}
