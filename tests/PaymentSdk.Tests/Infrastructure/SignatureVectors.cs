using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>The signing vectors the Blocklet SDK made (<c>Vectors/component-signature.json</c>).</summary>
public static class SignatureVectors
{
    private static readonly JsonDocument Document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "component-signature.json")));

    /// <summary>The 64-byte secret key (0x hex) every vector is signed with.</summary>
    public static string SecretKey => Document.RootElement.GetProperty("secretKey").GetString()!;

    /// <summary>Its public half: the last 32 bytes.</summary>
    public static byte[] PublicKey => Convert.FromHexString(SecretKey[2..])[32..];

    public static JsonElement Named(string name) =>
        Document.RootElement.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);

    public static IEnumerable<string> AllNames => Document.RootElement.GetProperty("vectors").EnumerateArray().Select(v => v.GetProperty("name").GetString()!);

    public static TheoryData<string> Names => new(AllNames);
}
