using System;
using System.Collections.Generic;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>
/// Checks shared by the JSON bodies of creates and updates, run by their <c>ToJsonBody</c> before any request is sent.
/// Each names the property it rejects as <c>options.X</c>.
/// </summary>
internal static class BodyRules
{
    /// <summary>Text that may be absent; when set, it must be sendable (no unpaired surrogate).</summary>
    public static void Text(string? value, string paramName)
    {
        if (value is not null) Guard.Text(value, paramName);
    }

    /// <summary>Each item of a list of text that may be absent: not null and sendable.</summary>
    public static void Texts(IList<string>? values, string what, string paramName)
    {
        if (values is null) return;
        foreach (var value in values) Guard.RequiredText(value, what, paramName);
    }

    /// <summary>Metadata that may be absent; when set, within Payment Kit's limits (<see cref="MetadataRules.Values"/>).</summary>
    public static void Metadata(IDictionary<string, object?>? metadata, string paramName)
    {
        if (metadata is not null) MetadataRules.Values(metadata, paramName);
    }

    /// <summary>
    /// An amount in token units as a decimal string, such as <c>"9.99"</c>, the way payment-js sends it: digits with at
    /// most one decimal point between digits, no sign, no exponent, no white space (a non-negative invariant decimal).
    /// </summary>
    public static void TokenAmount(string? value, string paramName, bool required)
    {
        if (value is null)
        {
            if (required) throw new ArgumentNullException(paramName, "An amount is required, in token units as a decimal string such as \"9.99\".");
            return;
        }
        if (!IsTokenAmount(value))
            throw new ArgumentException($"'{value}' is not an amount in token units: write a non-negative decimal with '.' as its separator, such as \"9.99\".", paramName);
    }

    private static bool IsTokenAmount(string value)
    {
        var digitsBefore = 0;
        var digitsAfter = 0;
        var point = false;
        foreach (var c in value)
        {
            if (c is >= '0' and <= '9')
            {
                if (point) digitsAfter++;
                else digitsBefore++;
            }
            else if (c == '.' && !point) point = true;
            else return false;
        }
        return digitsBefore > 0 && (!point || digitsAfter > 0);
    }
}
