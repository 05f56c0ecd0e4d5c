using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Changes to a product (<see cref="IProductService.UpdateAsync"/>), sent as the JSON body: only what is set is sent, in
/// this order: <c>name</c>, <c>description</c>, <c>type</c>, <c>images</c>, <c>features</c>, <c>unit_label</c>,
/// <c>statement_descriptor</c>, <c>metadata</c>.
/// </summary>
public class ProductUpdateOptions
{
    /// <summary>A new name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A new type: <c>service</c>, <c>good</c> or <c>credit</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The new list of image URLs.</summary>
    [JsonPropertyName("images")]
    public IList<string>? Images { get; set; }

    /// <summary>The new list of features.</summary>
    [JsonPropertyName("features")]
    public IList<ProductFeature>? Features { get; set; }

    /// <summary>A new unit label.</summary>
    [JsonPropertyName("unit_label")]
    public string? UnitLabel { get; set; }

    /// <summary>A new statement descriptor.</summary>
    [JsonPropertyName("statement_descriptor")]
    public string? StatementDescriptor { get; set; }

    /// <summary>New metadata: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Name is null && Description is null && Type is null && Images is null && Features is null && UnitLabel is null && StatementDescriptor is null && Metadata is null)
            throw new ArgumentException("Nothing to update: set at least one of Name, Description, Type, Images, Features, UnitLabel, StatementDescriptor or Metadata.", "options");
        if (Name is not null) Internal.Guard.RequiredText(Name, "A product name", "options." + nameof(Name));
        ProductRules.Rest(Description, Type, Images, Features, UnitLabel, StatementDescriptor, Metadata);
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.ProductUpdateOptions);
    }
}
