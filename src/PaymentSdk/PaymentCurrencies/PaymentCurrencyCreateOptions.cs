using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// A new payment currency (<see cref="IPaymentCurrencyService.CreateAsync"/>), sent as the JSON body. Unset properties
/// are not sent. Order on the wire: <c>payment_method_id</c>, <c>name</c>, <c>description</c>, <c>symbol</c>,
/// <c>decimal</c>, <c>logo</c>, <c>contract</c>, <c>type</c>, <c>metadata</c>.
/// </summary>
public class PaymentCurrencyCreateOptions
{
    /// <summary>The payment method the currency is paid with; required.</summary>
    [JsonPropertyName("payment_method_id")]
    public string? PaymentMethodId { get; set; }

    /// <summary>The currency's name; required.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A description of the currency.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The currency's symbol, such as <c>ABT</c>; required.</summary>
    [JsonPropertyName("symbol")]
    public string? Symbol { get; set; }

    /// <summary>How many decimal places one token has (0 to 18 in practice); at least 0.</summary>
    [JsonPropertyName("decimal")]
    public int? Decimal { get; set; }

    /// <summary>The URL of the currency's logo.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; set; }

    /// <summary>The address of the token contract, for a token on a chain.</summary>
    [JsonPropertyName("contract")]
    public string? Contract { get; set; }

    /// <summary><see cref="PaymentCurrencyType.Standard"/> or <see cref="PaymentCurrencyType.Credit"/>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Key-value data to attach: keys up to 40 characters, values up to 500 (as text or JSON).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        Internal.Guard.RequiredText(PaymentMethodId, "A payment method id", "options." + nameof(PaymentMethodId));
        Internal.Guard.RequiredText(Name, "A currency name", "options." + nameof(Name));
        Internal.Guard.RequiredText(Symbol, "A currency symbol", "options." + nameof(Symbol));
        BodyRules.Text(Description, "options." + nameof(Description));
        Internal.Guard.Range(Decimal, 0, int.MaxValue, "options." + nameof(Decimal));
        BodyRules.Text(Logo, "options." + nameof(Logo));
        BodyRules.Text(Contract, "options." + nameof(Contract));
        BodyRules.Text(Type, "options." + nameof(Type));
        BodyRules.Metadata(Metadata, "options." + nameof(Metadata));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PaymentCurrencyCreateOptions);
    }
}
