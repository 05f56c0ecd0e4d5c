using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// The changes of <see cref="IInvoiceService.UpdateAsync"/>: Payment Kit lets an invoice's metadata
/// be replaced. Sent as the JSON body <c>{"metadata":{...}}</c>.
/// </summary>
public class InvoiceUpdateOptions
{
    /// <summary>
    /// The invoice's new metadata; required. Keys up to 40 characters; values up to 500 characters
    /// (as text, or as JSON for other values). Values may be strings, numbers, booleans, null,
    /// <see cref="JsonElement"/>, or lists and dictionaries of these.
    /// </summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the exact JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        const string paramName = "options." + nameof(Metadata);
        if (Metadata is null) throw new ArgumentNullException(paramName, "Metadata is required: Payment Kit updates an invoice's metadata.");
        MetadataRules.Values(Metadata, paramName);
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.InvoiceUpdateOptions);
    }
}
