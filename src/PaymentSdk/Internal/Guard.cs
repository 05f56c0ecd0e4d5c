using System;

namespace PaymentSdk.Internal;

/// <summary>Argument checks run at the top of each public method, before any request is sent.</summary>
internal static class Guard
{
    /// <summary>
    /// An object id: not null, empty or white space, and not <c>.</c> or <c>..</c>, which HTTP
    /// stacks (.NET's <see cref="Uri"/> among them) fold away as dot-segments even when escaped, so
    /// they cannot be sent as one path segment. Everything else is escaped by the route.
    /// </summary>
    public static string Id(string? id, string paramName)
    {
        var text = RequiredText(id, "An id", paramName);
        if (text is "." or "..") throw new ArgumentException($"'{id}' is not a valid id: it cannot be sent as a path segment.", paramName);
        return text;
    }

    /// <summary>Text that must be given: not null, empty or white space, and able to travel in a URL.</summary>
    /// <param name="value">The text.</param>
    /// <param name="what">What the text is, for the message, such as "An id".</param>
    /// <param name="paramName">The parameter to name.</param>
    public static string RequiredText(string? value, string what, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName, what + " is required.");
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException(what + " cannot be empty or white space.", paramName);
        Text(value, paramName);
        return value;
    }

    /// <summary>Options checked (<see cref="QueryOptions.Validate"/>): returns them, for the call that sends them.</summary>
    public static T Valid<T>(T options) where T : QueryOptions
    {
        options.Validate();
        return options;
    }

    public static T NotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    /// <summary>Text that can travel in a URL: no unpaired UTF-16 surrogate.</summary>
    public static void Text(string value, string paramName)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c))
                throw new ArgumentException($"The text holds an unpaired surrogate (U+{(int)c:X4}) at index {i}, which cannot be sent.", paramName);
        }
    }

    public static void Range(int? value, int min, int max, string paramName)
    {
        if (value is { } v && (v < min || v > max))
            throw new ArgumentOutOfRangeException(paramName, v, max == int.MaxValue ? $"Must be at least {min}." : $"Must be between {min} and {max}.");
    }
}
