using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A product: a good, a service or a credit that prices are set for.</summary>
public class Product : PaymentEntity, IPaymentObject
{
    /// <summary>Unique identifier of the product.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the product can be bought.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the product exists in live mode (true) or test mode (false).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Whether the product is locked against changes.</summary>
    [JsonPropertyName("locked")]
    public bool Locked { get; set; }

    /// <summary>
    /// The kind of product: <c>service</c>, <c>good</c>, <c>credit</c>, or another value the
    /// server adds.
    /// </summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>The product's name, shown to customers.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>A description of the product, shown to customers.</summary>
    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    /// <summary>
    /// Images of the product. The schema types the items as <c>any</c> (Payment Kit sends image
    /// URLs), so each is kept as raw JSON.
    /// </summary>
    [JsonPropertyName("images")]
    public List<JsonElement>? Images { get; set; }

    /// <summary>The features listed for the product.</summary>
    [JsonPropertyName("features")]
    public List<ProductFeature>? Features { get; set; }

    /// <summary>The label of one unit (such as <c>seat</c>), shown on invoices.</summary>
    [JsonPropertyName("unit_label")]
    public string? UnitLabel { get; set; }

    /// <summary>ID of the product's default price, if any.</summary>
    [JsonPropertyName("default_price_id")]
    public string? DefaultPriceId { get; set; }

    /// <summary>Key-value data attached to the product, as raw JSON values.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>Text that appears on the customer's statement for this product.</summary>
    [JsonPropertyName("statement_descriptor")]
    public string? StatementDescriptor { get; set; }

    /// <summary>Address of the NFT factory that mints an NFT on purchase, if any.</summary>
    [JsonPropertyName("nft_factory")]
    public string? NftFactory { get; set; }

    /// <summary>The product's tax code, if any.</summary>
    [JsonPropertyName("tax_code")]
    public string? TaxCode { get; set; }

    /// <summary>
    /// Cross-sell settings: the server sends an untyped object (the product offered alongside),
    /// kept as raw JSON.
    /// </summary>
    [JsonPropertyName("cross_sell")]
    public JsonElement? CrossSell { get; set; }

    /// <summary>
    /// Vendor fulfilment settings: the server sends an untyped object (the vendors that fulfil the
    /// product and their shares), kept as raw JSON.
    /// </summary>
    [JsonPropertyName("vendor_config")]
    public JsonElement? VendorConfig { get; set; }

    /// <summary>When the product was created, in UTC.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>
    /// Where the product was created: <c>api</c>, <c>dashboard</c>, <c>portal</c>, <c>donation</c>,
    /// or another value the server adds.
    /// </summary>
    [JsonPropertyName("created_via")]
    public string CreatedVia { get; set; } = string.Empty;

    /// <summary>When the product was last updated, in UTC.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
