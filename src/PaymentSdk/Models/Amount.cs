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
/// through <see cref="ToBigInteger"/>. <c>default(Amount)</c> is zero.
/// </remarks>
[JsonConverter(typeof(AmountJsonConverter))]
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>
{
    private readonly string? _value;

    /// <summary>Creates an amount from an integer number of the currency's smallest unit.</summary>
    /// <param name="value">The amount in the smallest unit.</param>
    public Amount(BigInteger value) => _value = value.ToString(CultureInfo.InvariantCulture);

    private Amount(string value) => _value = value;

    /// <summary>Zero in any currency.</summary>
    public static Amount Zero => default;

    /// <summary>The amount as Payment Kit sent it (or as created): an integer in the smallest unit.</summary>
    public string Value => _value ?? "0";

    /// <summary>Wraps text received from the server without checking it, so that reading never fails.</summary>
    internal static Amount FromWire(string value) => new(value);

    /// <summary>Parses an integer amount in the smallest unit, such as <c>"1000000000000000000"</c>.</summary>
    /// <param name="value">An optional sign followed by decimal digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not an integer.</exception>
    public static Amount Parse(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (!TryParse(value, out var amount))
            throw new FormatException($"'{value}' is not an integer amount in the currency's smallest unit.");
        return amount;
    }

    /// <summary>Tries to parse an integer amount in the smallest unit.</summary>
    /// <param name="value">An optional sign followed by decimal digits.</param>
    /// <param name="amount">The amount, when parsing succeeds; zero otherwise.</param>
    /// <returns>Whether <paramref name="value"/> was an integer.</returns>
    public static bool TryParse(string? value, out Amount amount)
    {
        amount = default;
        if (!IsInteger(value)) return false;
        amount = new Amount(value!);
        return true;
    }

    /// <summary>The amount as an integer in the smallest unit.</summary>
    /// <exception cref="FormatException">The server sent something that is not an integer.</exception>
    public BigInteger ToBigInteger()
    {
        if (!IsInteger(Value))
            throw new FormatException($"The amount '{Value}' is not an integer in the currency's smallest unit.");
        return BigInteger.Parse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The amount in whole units of a currency with <paramref name="decimals"/> decimal places,
    /// exactly, with trailing zeros removed: <c>"12345678901234567890"</c> at 18 gives
    /// <c>"12.34567890123456789"</c>.
    /// </summary>
    /// <param name="decimals">The currency's <see cref="PaymentCurrency.Decimal"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative.</exception>
    /// <exception cref="FormatException">The amount is not an integer.</exception>
    public string ToDecimalString(int decimals)
    {
        if (decimals < 0) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals cannot be negative.");
        var integer = ToBigInteger();
        var negative = integer.Sign < 0;
        var digits = BigInteger.Abs(integer).ToString(CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            digits = digits.PadLeft(decimals + 1, '0');
            var whole = digits.Substring(0, digits.Length - decimals);
            var fraction = digits.Substring(digits.Length - decimals).TrimEnd('0');
            digits = fraction.Length == 0 ? whole : whole + "." + fraction;
        }
        return negative ? "-" + digits : digits;
    }

    /// <summary>
    /// Converts an amount in whole units (such as <c>"12.5"</c>) to the smallest unit of a
    /// currency with <paramref name="decimals"/> decimal places, exactly.
    /// </summary>
    /// <param name="value">An optional sign, digits, and an optional fraction of at most <paramref name="decimals"/> digits.</param>
    /// <param name="decimals">The currency's <see cref="PaymentCurrency.Decimal"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a decimal number, or has more fraction digits than the currency allows.</exception>
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
        var text = (whole.Length == 0 || whole is "-" or "+" ? whole + "0" : whole) + fraction.PadRight(decimals, '0');
        return new Amount(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public bool Equals(Amount other) =>
        IsInteger(Value) && IsInteger(other.Value)
            ? ToBigInteger() == other.ToBigInteger()
            : string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        IsInteger(Value) ? ToBigInteger().GetHashCode() : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares two amounts numerically.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this amount is smaller, equal or larger.</returns>
    /// <exception cref="FormatException">Either amount is not an integer.</exception>
    public int CompareTo(Amount other) => ToBigInteger().CompareTo(other.ToBigInteger());

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
    /// <exception cref="FormatException">Either amount is not an integer.</exception>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is numerically smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="FormatException">Either amount is not an integer.</exception>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is numerically larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="FormatException">Either amount is not an integer.</exception>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is numerically larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="FormatException">Either amount is not an integer.</exception>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Creates an amount from an integer number of the smallest unit.</summary>
    /// <param name="value">The amount in the smallest unit.</param>
    public static implicit operator Amount(BigInteger value) => new(value);

    /// <summary>Creates an amount from an integer number of the smallest unit.</summary>
    /// <param name="value">The amount in the smallest unit.</param>
    public static implicit operator Amount(long value) => new(value);

    /// <summary>The amount as an integer in the smallest unit.</summary>
    /// <param name="amount">The amount.</param>
    /// <exception cref="FormatException">The amount is not an integer.</exception>
    public static explicit operator BigInteger(Amount amount) => amount.ToBigInteger();

    private static bool IsInteger(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        var start = value![0] is '-' or '+' ? 1 : 0;
        return value.Length > start && AllDigits(value.Substring(start));
    }

    private static bool AllDigits(string value)
    {
        foreach (var c in value)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
