using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// A new payment method (<see cref="IPaymentMethodService.CreateAsync"/>), sent as the JSON body. Unset properties are
/// not sent. Order on the wire: <c>type</c>, <c>name</c>, <c>description</c>, <c>logo</c>, <c>settings</c>,
/// <c>metadata</c>.
/// </summary>
public class PaymentMethodCreateOptions
{
    /// <summary>The kind of method, such as <see cref="PaymentMethodType.Arcblock"/>; required.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The method's name; required.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A description of the method.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The URL of the method's logo.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; set; }

    /// <summary>The settings of the method's kind, such as the chain of an ArcBlock method.</summary>
    [JsonPropertyName("settings")]
    public PaymentMethodSettings? Settings { get; set; }

    /// <summary>Key-value data to attach: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        Internal.Guard.RequiredText(Type, "A payment method type", "options." + nameof(Type));
        Internal.Guard.RequiredText(Name, "A payment method name", "options." + nameof(Name));
        BodyRules.Text(Description, "options." + nameof(Description));
        BodyRules.Text(Logo, "options." + nameof(Logo));
        BodyRules.Metadata(Metadata, "options." + nameof(Metadata));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PaymentMethodCreateOptions);
    }
}
