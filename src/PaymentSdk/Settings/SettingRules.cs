using System;
using System.Collections.Generic;
using System.Text.Json;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>What a setting's values must be, checked before a create or update is sent.</summary>
internal static class SettingRules
{
    /// <summary>Values that can be written as JSON: strings, numbers, booleans, null, <see cref="JsonElement"/>, or lists and dictionaries of these.</summary>
    public static void Values(IDictionary<string, object?>? settings, string paramName)
    {
        if (settings is null) return;
        foreach (var entry in settings)
        {
            if (entry.Key is null) throw new ArgumentException("A setting name cannot be null.", paramName);
            Internal.Guard.Text(entry.Key, paramName);
            try
            {
                JsonSerializer.Serialize(entry.Value, PaymentJsonContext.Default.Object);
            }
            catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
            {
                throw new ArgumentException(
                    $"The setting '{entry.Key}' is a {entry.Value!.GetType().Name}, which cannot be sent as JSON: use a string, number, boolean, JsonElement, or a list or dictionary of these.",
                    paramName, e);
            }
        }
    }
}
