using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// A setting of Payment Kit for one place in an app (such as a donation button on a blog post): its type, where it is
/// mounted and its values.
/// </summary>
public sealed class Setting : PaymentEntity
{
    /// <summary>Unique identifier of the setting.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the setting exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>The kind of setting: <c>donate</c>, <c>notification</c>, or another value an app uses.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Where in the app the setting applies, such as <c>blog/post-1</c>.</summary>
    [JsonPropertyName("mount_location")]
    public string MountLocation { get; set; } = string.Empty;

    /// <summary>Whether the setting is in effect.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>The DID of the component the setting belongs to, if any.</summary>
    [JsonPropertyName("component_did")]
    public string? ComponentDid { get; set; }

    /// <summary>The setting's values, shaped by its <see cref="Type"/>, as raw JSON values.</summary>
    [JsonPropertyName("settings")]
    public Dictionary<string, JsonElement>? Settings { get; set; }

    /// <summary>When the setting was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the setting was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
