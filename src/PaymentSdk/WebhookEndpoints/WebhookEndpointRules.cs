using System;
using System.Collections.Generic;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>What a webhook endpoint's settings must be, checked before a request is sent.</summary>
internal static class WebhookEndpointRules
{
    public static void Url(string? url, string paramName, bool required)
    {
        if (url is null && !required) return;
        Guard.RequiredText(url, "A webhook URL", paramName);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"'{url}' is not an absolute http or https URL.", paramName);
    }

    public static void Events(IList<string>? events, string paramName, bool required)
    {
        if (events is null)
        {
            if (required) throw new ArgumentNullException(paramName, "At least one event type is required, such as PaymentEventTypes.InvoicePaid.");
            return;
        }
        if (events.Count == 0) throw new ArgumentException("At least one event type is required, such as PaymentEventTypes.InvoicePaid.", paramName);
        foreach (var type in events) Guard.RequiredText(type, "An event type", paramName);
    }

    public static void Rest(string? description, string? status, IDictionary<string, object?>? metadata)
    {
        if (description is not null) Guard.Text(description, "options.Description");
        if (status is not null) Guard.RequiredText(status, "A status", "options.Status");
        if (metadata is not null) MetadataRules.Values(metadata, "options.Metadata");
    }
}
