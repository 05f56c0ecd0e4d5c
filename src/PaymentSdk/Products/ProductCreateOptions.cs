using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// A new product (<see cref="IProductService.CreateAsync"/>), with its prices, sent as the JSON body. Unset properties
/// are not sent. Order on the wire: <c>name</c>, <c>description</c>, <c>type</c>, <c>images</c>, <c>features</c>,
/// <c>unit_label</c>, <c>statement_descriptor</c>, <c>metadata</c>, <c>prices</c>.
/// </summary>
public class ProductCreateOptions
{
    /// <summary>The product's name, shown to customers; required.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A description shown to customers.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary><c>service</c>, <c>good</c> or <c>credit</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>URLs of images of the product.</summary>
    [JsonPropertyName("images")]
    public IList<string>? Images { get; set; }

    /// <summary>The features listed for the product.</summary>
    [JsonPropertyName("features")]
    public IList<ProductFeature>? Features { get; set; }

    /// <summary>The label of one unit, such as <c>seat</c>.</summary>
    [JsonPropertyName("unit_label")]
    public string? UnitLabel { get; set; }

    /// <summary>Text for the customer's statement.</summary>
    [JsonPropertyName("statement_descriptor")]
    public string? StatementDescriptor { get; set; }

    /// <summary>Key-value data to attach: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>
    /// The prices created with the product (leave their <see cref="PriceCreateOptions.ProductId"/> unset), each with its
    /// unit amount in token units as a decimal string, such as <c>"9.99"</c>.
    /// </summary>
    [JsonPropertyName("prices")]
    public IList<PriceCreateOptions>? Prices { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        Internal.Guard.RequiredText(Name, "A product name", "options." + nameof(Name));
        ProductRules.Rest(Description, Type, Images, Features, UnitLabel, StatementDescriptor, Metadata);
        if (Prices is not null)
            for (var i = 0; i < Prices.Count; i++)
            {
                var prefix = $"options.{nameof(Prices)}[{i}]";
                if (Prices[i] is not { } price) throw new ArgumentNullException(prefix, "A price cannot be null.");
                price.Check(prefix);
            }
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.ProductCreateOptions);
    }
}
