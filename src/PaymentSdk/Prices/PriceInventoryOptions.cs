using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// A change to the units of a price that can still be sold (<see cref="IPriceService.InventoryAsync"/>), sent as the JSON
/// body <c>{"quantity":5,"action":"increment"}</c>.
/// </summary>
public class PriceInventoryOptions
{
    /// <summary>How many units to add or take; at least 1, required.</summary>
    [JsonPropertyName("quantity")]
    public int? Quantity { get; set; }

    /// <summary><see cref="PriceInventoryAction.Increment"/> or <see cref="PriceInventoryAction.Decrement"/>; required.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        if (Quantity is null) throw new ArgumentNullException("options." + nameof(Quantity), "A quantity of at least 1 is required.");
        if (Quantity < 1) throw new ArgumentOutOfRangeException("options." + nameof(Quantity), Quantity, "Must be at least 1.");
        if (Action is null) throw new ArgumentNullException("options." + nameof(Action), "An action is required: PriceInventoryAction.Increment or PriceInventoryAction.Decrement.");
        if (Action is not (PriceInventoryAction.Increment or PriceInventoryAction.Decrement))
            throw new ArgumentException($"'{Action}' is not an inventory action: use \"increment\" or \"decrement\".", "options." + nameof(Action));
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PriceInventoryOptions);
    }
}
