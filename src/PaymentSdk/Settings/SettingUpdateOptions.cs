using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Changes to a setting (<see cref="ISettingService.UpdateAsync"/>), sent as the JSON body: only what is set is sent, in
/// this order: <c>settings</c>, <c>active</c>, <c>description</c>.
/// </summary>
public class SettingUpdateOptions
{
    /// <summary>
    /// The values to change, such as <c>btnText</c> of a donate setting. Values may be strings, numbers, booleans, null,
    /// <see cref="JsonElement"/>, or lists and dictionaries of these.
    /// </summary>
    [JsonPropertyName("settings")]
    public IDictionary<string, object?>? Settings { get; set; }

    /// <summary>Whether the setting is in effect.</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; set; }

    /// <summary>A new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Settings is null && Active is null && Description is null)
            throw new ArgumentException("Nothing to update: set at least one of Settings, Active or Description.", "options");
        SettingRules.Values(Settings, "options." + nameof(Settings));
        BodyRules.Text(Description, "options." + nameof(Description));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.SettingUpdateOptions);
    }
}
