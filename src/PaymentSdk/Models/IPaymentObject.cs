using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PaymentSdk;

/// <summary>
/// What every stored object of Payment Kit has (customers, products, prices, invoices, webhook endpoints, …): code that
/// handles any of them, such as auto-paging, an event handler or a cache, reads these without knowing the type.
/// </summary>
public interface IPaymentObject
{
    /// <summary>The object's id, such as <c>cus_…</c> or <c>in_…</c> (<c>id</c>).</summary>
    string Id { get; }

    /// <summary>Whether the object belongs to live data or test data (<c>livemode</c>).</summary>
    bool Livemode { get; }

    /// <summary>The key-value data attached to the object (<c>metadata</c>); null when the server sent none.</summary>
    Dictionary<string, JsonElement>? Metadata { get; }

    /// <summary>When the object was created (<c>created_at</c>).</summary>
    DateTimeOffset? CreatedAt { get; }

    /// <summary>When the object was last changed (<c>updated_at</c>).</summary>
    DateTimeOffset? UpdatedAt { get; }
}
