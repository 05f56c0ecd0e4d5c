using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>The object an event is about (<c>data.object</c>) and what changed (<c>data.previous_attributes</c>).</summary>
public sealed class PaymentEventData : PaymentEntity
{
    /// <summary>The object as it was when the event happened, as raw JSON; read it typed with <see cref="GetObject{T}()"/>.</summary>
    [JsonPropertyName("object")]
    public JsonElement Object { get; set; }

    /// <summary>For an <c>*.updated</c> event, the values the changed attributes had before, as raw JSON.</summary>
    [JsonPropertyName("previous_attributes")]
    public JsonElement? PreviousAttributes { get; set; }

    /// <summary>
    /// Whether the object is a preview that does not exist yet, such as the invoice of
    /// <c>invoice.upcoming</c>: its <c>id</c> is null or absent (and an invoice may have no status).
    /// </summary>
    [JsonIgnore]
    public bool IsPreview =>
        Object.ValueKind == JsonValueKind.Object && (!Object.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null);

    /// <summary>
    /// The object read as one of the SDK's models, such as <see cref="Invoice"/> or <see cref="InvoiceExpanded"/>.
    /// A preview has no id (<see cref="IsPreview"/>). For a type of your own, use <see cref="GetObject{T}(JsonTypeInfo{T})"/>.
    /// </summary>
    /// <typeparam name="T">A model of the SDK.</typeparam>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the SDK's models.</exception>
    /// <exception cref="JsonException">The object is not a <typeparamref name="T"/>.</exception>
    public T GetObject<T>() where T : PaymentEntity =>
        PaymentJsonContext.Default.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> typeInfo
            ? GetObject(typeInfo)
            : throw new NotSupportedException($"{typeof(T).Name} is not a model of the SDK: pass its JsonTypeInfo to GetObject.");

    /// <summary>The object read with the source-generated metadata of a type of your own.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="typeInfo">Metadata that reads it, from your <c>JsonSerializerContext</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="JsonException">The object is not a <typeparamref name="T"/>.</exception>
    public T GetObject<T>(JsonTypeInfo<T> typeInfo)
    {
        if (typeInfo is null) throw new ArgumentNullException(nameof(typeInfo));
        return Object.Deserialize(typeInfo) ?? throw new JsonException($"The event's object is JSON null, not a {typeof(T).Name}.");
    }

    /// <summary>The object as an <see cref="Invoice"/>, when it is one (its <c>object</c> field says <c>invoice</c>).</summary>
    /// <param name="invoice">The invoice; a preview's <see cref="Invoice.Id"/> is null, or empty when the JSON has none (<see cref="IsPreview"/>).</param>
    /// <returns>Whether the object is an invoice.</returns>
    public bool TryGetInvoice([NotNullWhen(true)] out Invoice? invoice)
    {
        invoice = null;
        if (Object.ValueKind != JsonValueKind.Object
            || !Object.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "invoice")
            return false;
        invoice = GetObject(PaymentJsonContext.Default.Invoice);
        return true;
    }
}
