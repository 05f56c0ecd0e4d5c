using System.Text.Encodings.Web;
using System.Text.Json;
using PaymentSdk.Serialization;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// The SDK's serializer, writing as Node's <c>JSON.stringify</c> does: non-ASCII characters and <c>+</c>
/// as they are, not as <c>\u</c> escapes, so answers look like Payment Kit's.
/// </summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new(PaymentJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = null,
    };

    public static readonly PaymentJsonContext Context = new(Options);

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
