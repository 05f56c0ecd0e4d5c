using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Changes to a customer (<see cref="ICustomerService.UpdateAsync"/>), sent as the JSON body: only what is set is sent,
/// in this order: <c>name</c>, <c>email</c>, <c>phone</c>, <c>description</c>, <c>address</c>, <c>metadata</c>.
/// </summary>
public class CustomerUpdateOptions
{
    /// <summary>A new full name or business name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A new email address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>A new phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>A new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A new address.</summary>
    [JsonPropertyName("address")]
    public CustomerAddressOptions? Address { get; set; }

    /// <summary>New metadata: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Name is null && Email is null && Phone is null && Description is null && Address is null && Metadata is null)
            throw new ArgumentException("Nothing to update: set at least one of Name, Email, Phone, Description, Address or Metadata.", "options");
        BodyRules.Text(Name, "options." + nameof(Name));
        BodyRules.Text(Email, "options." + nameof(Email));
        BodyRules.Text(Phone, "options." + nameof(Phone));
        BodyRules.Text(Description, "options." + nameof(Description));
        Address?.Check("options." + nameof(Address));
        BodyRules.Metadata(Metadata, "options." + nameof(Metadata));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.CustomerUpdateOptions);
    }
}
