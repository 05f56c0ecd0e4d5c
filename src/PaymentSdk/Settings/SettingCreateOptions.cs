using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// A new setting (<see cref="ISettingService.CreateAsync"/>), sent as the JSON body. Its names are camelCase
/// (<c>mountLocation</c>, <c>componentDid</c>), as payment-js sends them, while the answer's are snake_case. Unset
/// properties are not sent. Order on the wire: <c>type</c>, <c>mountLocation</c>, <c>description</c>, <c>active</c>,
/// <c>componentDid</c>, <c>settings</c>.
/// </summary>
public class SettingCreateOptions
{
    /// <summary>The kind of setting: <c>donate</c>, <c>notification</c>, or another value; required.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Where in the app the setting applies, such as <c>blog/post-1</c>; required.</summary>
    [JsonPropertyName("mountLocation")]
    public string? MountLocation { get; set; }

    /// <summary>What the setting is for; required (payment-js declares it so).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Whether the setting is in effect.</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; set; }

    /// <summary>The DID of the component the setting belongs to.</summary>
    [JsonPropertyName("componentDid")]
    public string? ComponentDid { get; set; }

    /// <summary>
    /// The values, shaped by <see cref="Type"/>: for <c>donate</c>, <c>amount</c> (<c>presets</c>, <c>preset</c>,
    /// <c>custom</c>, <c>minimum</c>, <c>maximum</c>), <c>btnText</c> and <c>historyType</c>; for <c>notification</c>,
    /// <c>self_handle</c>. Values may be strings, numbers, booleans, null, <see cref="JsonElement"/>, or lists and
    /// dictionaries of these; written in the dictionary's order.
    /// </summary>
    [JsonPropertyName("settings")]
    public IDictionary<string, object?>? Settings { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        Internal.Guard.RequiredText(Type, "A setting type", "options." + nameof(Type));
        Internal.Guard.RequiredText(MountLocation, "A mount location", "options." + nameof(MountLocation));
        if (Description is null) throw new System.ArgumentNullException("options." + nameof(Description), "A description is required.");
        Internal.Guard.Text(Description, "options." + nameof(Description));
        BodyRules.Text(ComponentDid, "options." + nameof(ComponentDid));
        SettingRules.Values(Settings, "options." + nameof(Settings));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.SettingCreateOptions);
    }
}
