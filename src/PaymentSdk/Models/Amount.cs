using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// An amount of money in a currency's smallest unit, as Payment Kit sends it: a string holding an
/// integer of any size (token amounts routinely exceed 2^64). It is never rounded through a
/// floating-point type.
/// </summary>
/// <remarks>
/// The text received from the server is kept as it is, so a round trip is exact; arithmetic goes
/// through <see cref="ToBigInteger"/>. <c>default(Amount)</c> is zero. Text is accepted only as an integer of at
/// most <see cref="MaxDigits"/> digits, when read from Payment Kit as when parsed, so every amount is a valid
/// integer: equality, ordering, hashing and <see cref="ToDecimalString"/> work on its digits and never fail.
/// </remarks>
[JsonConverter(typeof(AmountJsonConverter))]
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>
{
    /// <summary>
    /// The most digits an amount's text may have: 78, the digits of 2^256 − 1, the largest amount a chain's token can
    /// hold. Longer text from a server is refused, so that it cannot make arithmetic on it slow.
    /// </summary>
    public const int MaxDigits = 78;

    private readonly string? _value;

    /// <summary>Creates an amount from an integer number of the currency's smallest unit.</summary>
    /// <param name="value">The amount in the smallest unit (any size: <see cref="MaxDigits"/> limits text only).</param>
    public Amount(BigInteger value) => _value = value.ToString(CultureInfo.InvariantCulture);

    private Amount(string value) => _value = value;

    /// <summary>Zero in any currency.</summary>
    public static Amount Zero => default;

    /// <summary>The amount as Payment Kit sent it (or as created): an integer in the smallest unit.</summary>
    public string Value => _value ?? "0";

    /// <summary>Why <paramref name="value"/> is not an amount's text; null when it is one.</summary>
    internal static string? Invalid(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "an empty text is not an amount";
        var start = value![0] is '-' or '+' ? 1 : 0;
        if (value.Length == start || !AllDigits(value, start)) return $"'{Shown(value)}' is not an integer amount in the currency's smallest unit";
        if (value.Length - start > MaxDigits) return $"an amount of {value.Length - start} digits is longer than the {MaxDigits} digits an amount may have";
        return null;
    }

    /// <summary>Text the JSON converter has already checked byte by byte (<see cref="IsAmountText"/>): not checked again.</summary>
    internal static Amount FromCheckedText(string value) => new(value);

    /// <summary>
    /// Whether UTF-8 <paramref name="text"/> is an amount as <see cref="Parse"/> takes it: an optional sign and 1 to
    /// <see cref="MaxDigits"/> digits. One vectorized pass, for the converter to check amounts before they become strings.
    /// </summary>
    internal static bool IsAmountText(ReadOnlySpan<byte> text)
    {
        var start = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? 1 : 0;
        var digits = text.Slice(start);
        if (digits.Length is 0 or > MaxDigits) return false;
#if NET
        return digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
#else
        foreach (var b in digits)
            if (b is < (byte)'0' or > (byte)'9') return false;
        return true;
#endif
    }

    /// <summary>Text received from the server, checked as <see cref="Parse"/> checks it; the reason when it is not an amount.</summary>
    internal static bool TryFromWire(string value, out Amount amount, out string? reason)
    {
        reason = Invalid(value);
        amount = reason is null ? new Amount(value) : default;
        return reason is null;
    }

    /// <summary>Parses an integer amount in the smallest unit, such as <c>"1000000000000000000"</c>.</summary>
    /// <param name="value">An optional sign followed by at most <see cref="MaxDigits"/> decimal digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not an integer, or has more than <see cref="MaxDigits"/> digits.</exception>
    public static Amount Parse(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (Invalid(value) is { } reason) throw new FormatException(reason + ".");
        return new Amount(value);
    }

    /// <summary>Tries to parse an integer amount in the smallest unit.</summary>
    /// <param name="value">An optional sign followed by at most <see cref="MaxDigits"/> decimal digits.</param>
    /// <param name="amount">The amount, when parsing succeeds; zero otherwise.</param>
    /// <returns>Whether <paramref name="value"/> was such an integer.</returns>
    public static bool TryParse(string? value, out Amount amount)
    {
        var valid = Invalid(value) is null;
        amount = valid ? new Amount(value!) : default;
        return valid;
    }

    /// <summary>The amount as an integer in the smallest unit.</summary>
    public BigInteger ToBigInteger() => BigInteger.Parse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount in whole units of a currency with <paramref name="decimals"/> decimal places,
    /// exactly, with trailing zeros removed: <c>"12345678901234567890"</c> at 18 gives
    /// <c>"12.34567890123456789"</c>.
    /// </summary>
    /// <param name="decimals">The currency's <see cref="PaymentCurrency.Decimal"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative.</exception>
    public string ToDecimalString(int decimals)
    {
        if (decimals < 0) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals cannot be negative.");
        var digits = Magnitude(out var negative);
        var text = digits.Length == 0 ? "0" : digits.ToString();
        if (decimals > 0)
        {
            text = text.PadLeft(decimals + 1, '0');
            var whole = text.Substring(0, text.Length - decimals);
            var fraction = text.Substring(text.Length - decimals).TrimEnd('0');
            text = fraction.Length == 0 ? whole : whole + "." + fraction;
        }
        return negative ? "-" + text : text;
    }

    /// <summary>
    /// Converts an amount in whole units (such as <c>"12.5"</c>) to the smallest unit of a
    /// currency with <paramref name="decimals"/> decimal places, exactly.
    /// </summary>
    /// <param name="value">An optional sign, digits, and an optional fraction of at most <paramref name="decimals"/> digits.</param>
    /// <param name="decimals">The currency's <see cref="PaymentCurrency.Decimal"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a decimal number, has more fraction digits than the currency allows, or more than <see cref="MaxDigits"/> digits in the smallest unit.</exception>
    public static Amount FromDecimalString(string value, int decimals)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (decimals < 0) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals cannot be negative.");
        var point = value.IndexOf('.');
        var whole = point < 0 ? value : value.Substring(0, point);
        var fraction = point < 0 ? string.Empty : value.Substring(point + 1);
        var unsignedWhole = whole.StartsWith("-", StringComparison.Ordinal) || whole.StartsWith("+", StringComparison.Ordinal) ? whole.Substring(1) : whole;
        if ((unsignedWhole.Length == 0 && fraction.Length == 0) || !AllDigits(unsignedWhole) || !AllDigits(fraction) || (point >= 0 && fraction.Length == 0))
            throw new FormatException($"'{value}' is not a decimal amount.");
        if (fraction.Length > decimals)
            throw new FormatException($"'{value}' has more than {decimals} decimal places.");
        if (unsignedWhole.TrimStart('0').Length + decimals > MaxDigits)
            throw new FormatException($"'{Shown(value)}' in units of {decimals} decimals has more than the {MaxDigits} digits an amount may have.");
        var text = (whole.Length == 0 || whole is "-" or "+" ? whole + "0" : whole) + fraction.PadRight(decimals, '0');
        return new Amount(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public bool Equals(Amount other) => CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Over the digits without sign and leading zeros, so that amounts equal as numbers hash alike ("+07" and "7").
        var digits = Magnitude(out var negative);
        var hash = negative ? -2128831035 : unchecked((int)2166136261);
        foreach (var c in digits) hash = unchecked((hash ^ c) * 16777619);
        return hash;
    }

    /// <summary>Compares two amounts numerically, by their digits.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this amount is smaller, equal or larger.</returns>
    public int CompareTo(Amount other)
    {
        var left = Magnitude(out var leftNegative);
        var right = other.Magnitude(out var rightNegative);
        if (leftNegative != rightNegative) return leftNegative ? -1 : 1;
        // Without leading zeros, a longer magnitude is larger; of equal length, digit order is numeric order.
        var magnitude = left.Length != right.Length ? left.Length.CompareTo(right.Length) : left.SequenceCompareTo(right);
        return leftNegative ? -magnitude : magnitude;
    }

    /// <summary>The amount in the smallest unit, as sent on the wire.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two amounts are numerically equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is numerically smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is numerically smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is numerically larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is numerically larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Creates an amount from an integer number of the smallest unit.</summary>
    /// <param name="value">The amount in the smallest unit.</param>
    public static implicit operator Amount(BigInteger value) => new(value);

    /// <summary>Creates an amount from an integer number of the smallest unit.</summary>
    /// <param name="value">The amount in the smallest unit.</param>
    public static implicit operator Amount(long value) => new(value);

    /// <summary>The amount as an integer in the smallest unit.</summary>
    /// <param name="amount">The amount.</param>
    public static explicit operator BigInteger(Amount amount) => amount.ToBigInteger();

    /// <summary>The digits without sign and leading zeros (empty for zero), and whether the amount is below zero.</summary>
    private ReadOnlySpan<char> Magnitude(out bool negative)
    {
        var value = Value;
        var first = value[0] is '-' or '+' ? 1 : 0;
        while (first < value.Length && value[first] == '0') first++;
        negative = value[0] == '-' && first < value.Length;
        return value.AsSpan(first);
    }

    private static bool AllDigits(string value, int start = 0)
    {
        for (var i = start; i < value.Length; i++)
            if (value[i] is < '0' or > '9') return false;
        return true;
    }

    private static string Shown(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";
}
