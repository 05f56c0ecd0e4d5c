using System.Text;
using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Webhook deliveries signed by <c>@blocklet/sdk</c>'s own signer (<c>Vectors/webhook-deliveries.json</c>, copied
/// from ../shared/vectors), each with the time to verify it at and what <c>verifySig</c> answers.
/// </summary>
public static class WebhookDeliveryVectors
{
    private static readonly JsonDocument Document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "webhook-deliveries.json")));

    /// <summary>The app's public key every delivery is checked with (0x hex).</summary>
    public static string PublicKey => Document.RootElement.GetProperty("publicKey").GetString()!;

    public static TheoryData<string> Names => new(Document.RootElement.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("name").GetString()!));

    public static Delivery Named(string name)
    {
        var d = Document.RootElement.GetProperty("deliveries").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);
        return new Delivery(
            d.GetProperty("method").GetString()!,
            d.GetProperty("target").GetString()!,
            d.GetProperty("headers").EnumerateObject().Select(h => KeyValuePair.Create(h.Name, h.Value.GetString()!)).ToList(),
            Encoding.UTF8.GetBytes(d.GetProperty("body").GetString()!),
            DateTimeOffset.FromUnixTimeSeconds(d.GetProperty("now").GetInt64()),
            d.GetProperty("expect").GetInt32(),
            d.TryGetProperty("eventType", out var type) ? type.GetString() : null,
            d.TryGetProperty("eventId", out var id) ? id.GetString() : null);
    }

    public sealed record Delivery(
        string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, DateTimeOffset Now, int Expect, string? EventType, string? EventId);
}
