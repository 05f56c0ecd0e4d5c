using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Changes to a payment method (<see cref="IPaymentMethodService.UpdateAsync"/>), sent as the JSON body: only what is
/// set is sent, in this order: <c>name</c>, <c>description</c>, <c>logo</c>, <c>settings</c>, <c>metadata</c>.
/// </summary>
public class PaymentMethodUpdateOptions
{
    /// <summary>A new name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A new logo URL.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; set; }

    /// <summary>New settings of the method's kind.</summary>
    [JsonPropertyName("settings")]
    public PaymentMethodSettings? Settings { get; set; }

    /// <summary>New metadata: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Name is null && Description is null && Logo is null && Settings is null && Metadata is null)
            throw new ArgumentException("Nothing to update: set at least one of Name, Description, Logo, Settings or Metadata.", "options");
        if (Name is not null) Internal.Guard.RequiredText(Name, "A payment method name", "options." + nameof(Name));
        BodyRules.Text(Description, "options." + nameof(Description));
        BodyRules.Text(Logo, "options." + nameof(Logo));
        BodyRules.Metadata(Metadata, "options." + nameof(Metadata));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PaymentMethodUpdateOptions);
    }
}
