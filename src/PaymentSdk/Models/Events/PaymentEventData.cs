using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PaymentSdk.Internal;
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
    /// <exception cref="JsonException">The object is not a <typeparamref name="T"/>, or holds a value that cannot be read (the exception's path names it).</exception>
    public T GetObject<T>(JsonTypeInfo<T> typeInfo)
    {
        if (typeInfo is null) throw new ArgumentNullException(nameof(typeInfo));
        try
        {
            return Object.Deserialize(typeInfo) ?? throw new JsonException($"The event's object is JSON null, not a {typeof(T).Name}.");
        }
        catch (Exception e) when (e is not JsonException && ServerDataFaults.IsCausedByData(e))
        {
            // Invalid UTF-8 in an event built from unchecked bytes, or a value a converter of the caller's could not parse.
            throw new JsonException($"The event's object is not a readable {typeof(T).Name}: {e.GetType().Name}.", e);
        }
    }

    /// <summary>The object as an <see cref="Invoice"/>, when it is one (its <c>object</c> field says <c>invoice</c>) and can be read.</summary>
    /// <param name="invoice">The invoice; a preview's <see cref="Invoice.Id"/> is null, or empty when the JSON has none (<see cref="IsPreview"/>).</param>
    /// <returns>Whether the object is a readable invoice. Never throws: an object that cannot be read gives false.</returns>
    public bool TryGetInvoice([NotNullWhen(true)] out Invoice? invoice)
    {
        invoice = TryRead(InvoiceKind, out var read) ? read as Invoice : null;
        return invoice is not null;
    }

    private const string InvoiceKind = "invoice";

    /// <summary>
    /// The models of the objects events carry, by their <c>object</c> field: what <see cref="PaymentWebhookVerifier"/>
    /// reads before handing an event over, so that a delivery whose object cannot be read is refused (400) rather
    /// than failing the handler. A resource whose events the SDK types adds its model here.
    /// </summary>
    private static readonly Dictionary<string, JsonTypeInfo> KnownObjects = new(StringComparer.Ordinal)
    {
        [InvoiceKind] = PaymentJsonContext.Default.Invoice,
    };

    private object? _read;

    /// <summary>The known kind the <c>object</c> field of the object names (compared, never transcoded); null when it names none.</summary>
    private string? Kind
    {
        get
        {
            if (Object.ValueKind != JsonValueKind.Object || !Object.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String) return null;
            foreach (var known in KnownObjects.Keys)
                if (kind.ValueEquals(known)) return known;
            return null;
        }
    }

    /// <summary>Reads the object with its model when its kind has one; a <see cref="JsonException"/> when it cannot be read.</summary>
    internal void ReadKnownObject()
    {
        if (Kind is not { } kind) return;
        var typeInfo = KnownObjects[kind];
        try
        {
            _read = Object.Deserialize(typeInfo);
        }
        catch (JsonException e)
        {
            // The path as in the delivery, not within the object alone.
            throw new JsonException($"The event's {kind} cannot be read.", "$.data.object" + e.Path?.Substring(1), null, null, e);
        }
    }

    private bool TryRead(string kind, out object? read)
    {
        read = null;
        try
        {
            if (!string.Equals(Kind, kind, StringComparison.Ordinal)) return false;
            if (_read is null) ReadKnownObject();
            read = _read;
            return read is not null;
        }
        catch (Exception e) when (ServerDataFaults.IsCausedByData(e))
        {
            return false;
        }
    }
}
