using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// How <see cref="ICustomerService.RetrieveAsync"/> gets a customer: payment-js's <c>customers.retrieve(id, { create: true })</c>
/// sends <c>{"create":true}</c> as the JSON body of its GET, which asks Payment Kit to create the customer of a DID it
/// does not know yet.
/// </summary>
public class CustomerRetrieveOptions
{
    /// <summary>
    /// True to create the customer when the id is a DID Payment Kit has no customer for (sent as the body
    /// <c>{"create":true}</c>). Such a call is never repeated once it may have been sent, since it may create.
    /// False or null: a plain retrieve, with no body.
    /// </summary>
    /// <remarks>
    /// .NET Framework's HTTP stack cannot send a GET with a body: there, true makes the retrieve throw
    /// <see cref="System.PlatformNotSupportedException"/> before anything is sent. .NET 8 and later send it.
    /// </remarks>
    [JsonPropertyName("create")]
    public bool? Create { get; set; }

    /// <summary>Writes the JSON body of a retrieve that may create.</summary>
    internal byte[] ToJsonBody() => JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.CustomerRetrieveOptions);
}
