using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Checks a component signature the way Payment Kit would, from what the server logged, with none of the
/// SDK's code: the query parsed by <see cref="HttpUtility"/>, the body by <see cref="JsonNode"/>, keys
/// sorted here, SHA3-256 and Ed25519 straight from BouncyCastle. (Enough for the plain ASCII data these
/// tests send; the vectors cover the hard cases of canonical JSON.)
/// </summary>
public static class SignatureCheck
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool Verifies(LoggedRequest request, byte[] publicKey)
    {
        var iat = long.Parse(request.Header("x-component-sig-iat")!, CultureInfo.InvariantCulture);
        var exp = long.Parse(request.Header("x-component-sig-exp")!, CultureInfo.InvariantCulture);
        var parsed = HttpUtility.ParseQueryString(request.Query);
        var query = new JsonObject();
        foreach (var name in parsed.AllKeys.OrderBy(k => k, StringComparer.Ordinal)) query[name!] = parsed[name];
        var raw = new JsonObject
        {
            ["body"] = Sorted(string.IsNullOrEmpty(request.Body) ? new JsonObject() : JsonNode.Parse(request.Body)),
            ["exp"] = exp,
            ["iat"] = iat,
            ["method"] = request.Method.ToLowerInvariant(),
            ["query"] = query,
            ["url"] = request.Path,
        };
        var hash = Sha3(raw.ToJsonString(Relaxed));
        var signature = Convert.FromHexString(request.Header("x-component-sig")![2..]);
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        verifier.BlockUpdate(hash, 0, hash.Length);
        return verifier.VerifySignature(signature);
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };

    private static byte[] Sha3(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var digest = new Sha3Digest(256);
        digest.BlockUpdate(bytes, 0, bytes.Length);
        var hash = new byte[32];
        digest.DoFinal(hash, 0);
        return hash;
    }
}
