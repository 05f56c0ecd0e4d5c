using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A postal address of a customer; every part may be missing.</summary>
public sealed class CustomerAddress : PaymentEntity
{
    /// <summary>City, district, suburb, town or village.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Country, usually as a two-letter ISO 3166-1 code.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>First address line (street, PO box or company name).</summary>
    [JsonPropertyName("line1")]
    public string? Line1 { get; set; }

    /// <summary>Second address line (apartment, suite, unit or building).</summary>
    [JsonPropertyName("line2")]
    public string? Line2 { get; set; }

    /// <summary>ZIP or postal code.</summary>
    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    /// <summary>State, county, province or region.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }
}
