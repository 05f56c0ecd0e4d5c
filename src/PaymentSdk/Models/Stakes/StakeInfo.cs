using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// Details about the stake that remains for an invoice, as returned by the stake-return lookup.
/// </summary>
/// <remarks>
/// Payment Kit does not type this object (payment-js declares it <c>any</c>), so only the amounts
/// below are modeled. Every other field the server sends stays in
/// <see cref="PaymentEntity.ExtensionData"/> unchanged; read amounts from it with
/// <see cref="GetAmount(string)"/>.
/// </remarks>
public sealed class StakeInfo : PaymentEntity
{
    /// <summary>The stake amount that can be returned, in the currency's smallest unit, if sent.</summary>
    [JsonPropertyName("return_amount")]
    public Amount? ReturnAmount { get; set; }

    /// <summary>The total stake amount, in the currency's smallest unit, if sent.</summary>
    [JsonPropertyName("total")]
    public Amount? Total { get; set; }

    /// <summary>
    /// Reads any amount field of the stake, in the currency's smallest unit: <c>return_amount</c>
    /// and <c>total</c> from their properties, any other field from
    /// <see cref="PaymentEntity.ExtensionData"/>, whether the server sent it as a string or as a
    /// number. The text is taken as sent, without rounding.
    /// </summary>
    /// <param name="field">The JSON name of the field, such as <c>"return_amount"</c>.</param>
    /// <returns>
    /// The amount; null when the field is absent, is JSON null, or is neither a string nor a number.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="FormatException">The field holds text that is not an integer amount (see <see cref="Amount.MaxDigits"/>).</exception>
    public Amount? GetAmount(string field)
    {
        if (field is null) throw new ArgumentNullException(nameof(field));
        if (field == "return_amount" && ReturnAmount is not null) return ReturnAmount;
        if (field == "total" && Total is not null) return Total;
        if (ExtensionData is null || !ExtensionData.TryGetValue(field, out var value)) return null;
        string? text;
        try
        {
            text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException e) when (Internal.ServerDataFaults.IsCausedByData(e))
        {
            throw new FormatException($"The stake's {field} is a string that cannot be read (an escaped lone surrogate).", e);
        }
        if (text is null) return null;
        return Amount.TryFromWire(text, out var amount, out var reason) ? amount : throw new FormatException($"The stake's {field}: {reason}.");
    }
}
