using System;
using System.Collections.Generic;
using System.Text.Json;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's documented metadata limits (keys up to 40 characters, values up to 500), checked before a request is
/// sent: for the metadata a create or update writes, and for the <c>metadata.{key}</c> filters of a list.
/// </summary>
internal static class MetadataRules
{
    public const int MaxKeyLength = 40;
    public const int MaxValueLength = 500;

    public static void Key(string key, string paramName)
    {
        if (string.IsNullOrWhiteSpace(key))
            throw new ArgumentException("A metadata key cannot be empty or white space.", paramName);
        if (key.Length > MaxKeyLength)
            throw new ArgumentException($"The metadata key '{key.Substring(0, 20)}…' is {key.Length} characters long; the most is {MaxKeyLength}.", paramName);
        Internal.Guard.Text(key, paramName);
    }

    public static void ValueLength(string key, int length, string paramName)
    {
        if (length > MaxValueLength)
            throw new ArgumentException($"The metadata value of '{key}' is {length} characters long; the most is {MaxValueLength}.", paramName);
    }

    /// <summary>Filters of a list, sent as <c>metadata.{key}={value}</c>: every key and value within the limits, no value missing.</summary>
    public static void Filter(IDictionary<string, string>? metadata, string paramName)
    {
        if (metadata is null) return;
        foreach (var entry in metadata)
        {
            Key(entry.Key, paramName);
            if (entry.Value is null) throw new ArgumentException($"The metadata filter '{entry.Key}' has no value.", paramName);
            Internal.Guard.Text(entry.Value, paramName);
            ValueLength(entry.Key, entry.Value.Length, paramName);
        }
    }

    /// <summary>
    /// Metadata to be written as JSON: every key within the limits, every value a string up to 500
    /// characters, or a value whose JSON is that short (numbers, booleans, null, lists, dictionaries).
    /// </summary>
    public static void Values(IDictionary<string, object?> metadata, string paramName)
    {
        foreach (var entry in metadata)
        {
            Key(entry.Key, paramName);
            var length = entry.Value is string text ? text.Length : SerializeValue(entry.Key, entry.Value, paramName).Length;
            ValueLength(entry.Key, length, paramName);
        }
    }

    private static string SerializeValue(string key, object? value, string paramName)
    {
        try
        {
            return JsonSerializer.Serialize(value!, PaymentJsonContext.Default.Object);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            throw new ArgumentException(
                $"The metadata value of '{key}' is a {value!.GetType().Name}, which cannot be sent as JSON: use a string, number, boolean, JsonElement, or a list or dictionary of these.",
                paramName, e);
        }
    }
}
