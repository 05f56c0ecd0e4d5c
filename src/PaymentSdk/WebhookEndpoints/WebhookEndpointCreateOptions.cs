using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>A new webhook endpoint (<see cref="IWebhookEndpointService.CreateAsync"/>), sent as its JSON body.</summary>
public class WebhookEndpointCreateOptions
{
    /// <summary>Where Payment Kit POSTs the events: an absolute <c>http</c> or <c>https</c> URL; required.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The event types to deliver, such as <see cref="PaymentEventTypes.InvoicePaid"/>; at least one, required.</summary>
    [JsonPropertyName("enabled_events")]
    public IList<string>? EnabledEvents { get; set; }

    /// <summary>What the endpoint is for.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary><see cref="WebhookEndpointStatus.Enabled"/> (the server's default) or <see cref="WebhookEndpointStatus.Disabled"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Key-value data to attach: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        WebhookEndpointRules.Url(Url, "options." + nameof(Url), required: true);
        WebhookEndpointRules.Events(EnabledEvents, "options." + nameof(EnabledEvents), required: true);
        WebhookEndpointRules.Rest(Description, Status, Metadata);
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.WebhookEndpointCreateOptions);
    }
}
