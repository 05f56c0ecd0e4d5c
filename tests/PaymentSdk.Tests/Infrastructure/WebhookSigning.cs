using System.Globalization;
using System.Text;
using PaymentSdk.Auth;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Signs webhook deliveries the way Payment Kit does, with the SDK's own signer (which reproduces the Blocklet
/// SDK's vectors), for the cases the delivery vectors lack: odd clocks, odd lifetimes, odd headers.
/// </summary>
public static class WebhookSigning
{
    /// <summary>The secret key of the component-signature vectors; its public half verifies.</summary>
    public static string SecretKey => SignatureVectors.SecretKey;

    public static string PublicKeyHex => "0x" + Convert.ToHexString(SignatureVectors.PublicKey).ToLowerInvariant();

    /// <summary>The five signature headers of a delivery of <paramref name="body"/> to <paramref name="target"/>.</summary>
    public static List<KeyValuePair<string, string>> Headers(string method, string target, string body, long iat, long? exp = null, string? secretKey = null)
    {
        var expires = exp ?? iat + ComponentSigner.LifetimeSeconds;
        var mark = target.IndexOf('?');
        var canonical = ComponentSigner.Canonical(iat, expires,
            body.Length == 0 ? CanonicalJson.NewObject() : CanonicalJson.Parse(Encoding.UTF8.GetBytes(body)),
            ComponentSignatureAuthenticator.ParseQuery(mark < 0 ? "" : target[(mark + 1)..]), method, mark < 0 ? target : target[..mark]);
        return
        [
            KeyValuePair.Create("content-type", "application/json"),
            KeyValuePair.Create("x-component-did", "z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk"),
            KeyValuePair.Create("x-component-sig", new ComponentSigner(secretKey ?? SecretKey, "test key").Sign(canonical)),
            KeyValuePair.Create("x-component-sig-iat", iat.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("x-component-sig-exp", expires.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("x-component-sig-version", "1"),
        ];
    }

    /// <summary>An <c>invoice.*</c> event's JSON, with the invoice given as JSON.</summary>
    public static string Event(string type, string invoiceJson, string id = "evt_1") =>
        $$$"""{"id":"{{{id}}}","livemode":false,"type":"{{{type}}}","api_version":"2023-09-05","object_type":"Invoice","object_id":"in_1","data":{"object":{{{invoiceJson}}},"previous_attributes":{}},"request":{"id":"req_1","idempotency_key":""},"pending_webhooks":1,"metadata":{},"created_at":"2026-01-01T00:00:00.000Z","updated_at":"2026-01-01T00:00:00.000Z"}""";
}
