using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// A customer's address as <see cref="CustomerUpdateOptions.Address"/> sends it, in payment-js's order: <c>country</c>,
/// <c>city</c>, <c>line1</c>, <c>line2</c>, <c>postal_code</c>, <c>state</c>. Unset parts are not sent.
/// </summary>
public class CustomerAddressOptions
{
    /// <summary>The country, as a two-letter code such as <c>DE</c>.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>The city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>The first address line (street and number).</summary>
    [JsonPropertyName("line1")]
    public string? Line1 { get; set; }

    /// <summary>The second address line.</summary>
    [JsonPropertyName("line2")]
    public string? Line2 { get; set; }

    /// <summary>The postal code.</summary>
    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    /// <summary>The state, county or province.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    internal void Check(string paramName)
    {
        foreach (var value in new[] { Country, City, Line1, Line2, PostalCode, State }) BodyRules.Text(value, paramName);
    }
}
