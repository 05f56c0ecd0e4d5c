using System;

namespace PaymentSdk;

/// <summary>Payment Kit's documented metadata limits, checked before a request is sent.</summary>
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
}
