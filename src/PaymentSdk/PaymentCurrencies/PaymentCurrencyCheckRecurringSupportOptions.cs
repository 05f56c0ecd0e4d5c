using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// The currencies to check (<see cref="IPaymentCurrencyService.CheckRecurringSupportAsync"/>), sent as the JSON body
/// <c>{"currency_ids":[...]}</c>.
/// </summary>
public class PaymentCurrencyCheckRecurringSupportOptions
{
    /// <summary>The currency ids; at least one, required.</summary>
    [JsonPropertyName("currency_ids")]
    public IList<string>? CurrencyIds { get; set; }

    /// <summary>Checks the options and writes the JSON body, before any request is sent.</summary>
    internal byte[] ToJsonBody()
    {
        const string paramName = "options." + nameof(CurrencyIds);
        if (CurrencyIds is null) throw new ArgumentNullException(paramName, "At least one currency id is required.");
        if (CurrencyIds.Count == 0) throw new ArgumentException("At least one currency id is required.", paramName);
        BodyRules.Texts(CurrencyIds, "A currency id", paramName);
        return JsonSerializer.SerializeToUtf8Bytes(this, PaymentJsonContext.Default.PaymentCurrencyCheckRecurringSupportOptions);
    }
}
