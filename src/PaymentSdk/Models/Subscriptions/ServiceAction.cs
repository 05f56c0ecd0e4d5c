using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>An action the subscribed service offers its customers, such as a link in a notification (the schema's <c>ServiceAction</c>).</summary>
public sealed class ServiceAction : PaymentEntity
{
    /// <summary><c>notification</c>, <c>custom</c>, or another value the server adds.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The events that show the action (such as <c>customer.subscription.renewed</c>).</summary>
    [JsonPropertyName("triggerEvents")]
    public List<string>? TriggerEvents { get; set; }

    /// <summary>The action's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The button color: <c>primary</c>, <c>secondary</c>, <c>success</c>, <c>error</c>, <c>warning</c>, or another value.</summary>
    [JsonPropertyName("color")]
    public string? Color { get; set; }

    /// <summary>The button style: <c>text</c>, <c>contained</c>, <c>outlined</c>, or another value.</summary>
    [JsonPropertyName("variant")]
    public string? Variant { get; set; }

    /// <summary>The action's label by locale (such as <c>en</c>, <c>zh</c>).</summary>
    [JsonPropertyName("text")]
    public Dictionary<string, string> Text { get; set; } = new();

    /// <summary>The URL the action opens.</summary>
    [JsonPropertyName("link")]
    public string Link { get; set; } = string.Empty;
}
