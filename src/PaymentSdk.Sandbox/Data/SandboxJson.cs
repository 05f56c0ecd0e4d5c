using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>The serializer's contract for <typeparamref name="T"/>: every type the SDK's models reach has one.</summary>
    public static JsonTypeInfo<T> Info<T>() =>
        (JsonTypeInfo<T>)(Context.GetTypeInfo(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the SDK's serializer context."));

    /// <summary>An answer's bytes.</summary>
    public static byte[] Bytes<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    /// <summary>
    /// A deep copy of <paramref name="value"/> as another model of the same object (a stored <c>Customer</c> as the
    /// <c>CustomerExpanded</c> an answer carries), through the JSON the API answers with.
    /// </summary>
    public static TTo Convert<TFrom, TTo>(TFrom value, JsonTypeInfo<TFrom> from, JsonTypeInfo<TTo> to) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(value, from), to)!;

    /// <summary>A deep copy, through the JSON the API answers with.</summary>
    public static T Copy<T>(T value, JsonTypeInfo<T> typeInfo) => Convert(value, typeInfo, typeInfo);
}
