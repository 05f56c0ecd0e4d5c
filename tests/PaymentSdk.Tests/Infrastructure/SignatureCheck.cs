using System.Globalization;
using System.Text;
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
/// sorted here and written as JavaScript's <c>JSON.stringify</c> writes them (only <c>"</c>, <c>\</c> and control
/// characters escaped: non-ASCII, emoji and U+2028 raw), SHA3-256 and Ed25519 straight from BouncyCastle. The vectors
/// cover the hard cases of canonical JSON (numbers) that the tests' data does not.
/// </summary>
public static class SignatureCheck
{
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
        var hash = Sha3(Stringify(raw));
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

    /// <summary>JSON.stringify of a parsed node: numbers as they came, strings with only what JavaScript escapes escaped.</summary>
    private static string Stringify(JsonNode? node)
    {
        switch (node)
        {
            case null: return "null";
            case JsonObject obj: return "{" + string.Join(",", obj.Select(p => Quote(p.Key) + ":" + Stringify(p.Value))) + "}";
            case JsonArray array: return "[" + string.Join(",", array.Select(Stringify)) + "]";
        }
        var value = node.AsValue();
        if (value.TryGetValue<string>(out var text)) return Quote(text);
        return value.TryGetValue<JsonElement>(out var element) ? element.GetRawText() : value.ToJsonString();
    }

    private static string Quote(string s)
    {
        var text = new StringBuilder("\"");
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

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
