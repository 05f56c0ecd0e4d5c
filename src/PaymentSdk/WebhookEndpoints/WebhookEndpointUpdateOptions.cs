using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>Changes to a webhook endpoint (<see cref="IWebhookEndpointService.UpdateAsync"/>): only what is set is sent.</summary>
public class WebhookEndpointUpdateOptions
{
    /// <summary>A new URL: absolute, <c>http</c> or <c>https</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The new set of event types to deliver; at least one when set.</summary>
    [JsonPropertyName("enabled_events")]
    public IList<string>? EnabledEvents { get; set; }

    /// <summary>A new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary><see cref="WebhookEndpointStatus.Enabled"/> or <see cref="WebhookEndpointStatus.Disabled"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>New metadata: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Url is null && EnabledEvents is null && Description is null && Status is null && Metadata is null)
            throw new ArgumentException("Nothing to update: set at least one of Url, EnabledEvents, Description, Status or Metadata.", "options");
        WebhookEndpointRules.Url(Url, "options." + nameof(Url), required: false);
        WebhookEndpointRules.Events(EnabledEvents, "options." + nameof(EnabledEvents), required: false);
        WebhookEndpointRules.Rest(Description, Status, Metadata);
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.WebhookEndpointUpdateOptions);
    }
}
