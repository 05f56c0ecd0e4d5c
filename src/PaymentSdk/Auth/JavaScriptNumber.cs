using System;
using System.Globalization;

namespace PaymentSdk.Auth;

/// <summary>Numbers printed as JavaScript's <c>Number.prototype.toString</c> prints a double (ECMAScript Number::toString).</summary>
internal static class JavaScriptNumber
{
    private const double MaxSafeInteger = 9007199254740992; // 2^53

    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "null"; // what JSON.stringify writes
        if (value == 0) return "0"; // -0 too
        // Whole numbers up to 2^53 are exact: their digits are JavaScript's (iat and exp of every signature).
        if (Math.Abs(value) <= MaxSafeInteger && Math.Floor(value) == value) return ((long)value).ToString(CultureInfo.InvariantCulture);
        // "R" is the shortest text that round-trips (.NET Core 3.0 and later), the same digits JavaScript chooses.
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip[0] == '-';
        if (negative) roundTrip = roundTrip.Substring(1);
        var e = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? roundTrip : roundTrip.Substring(0, e);
        var exponentText = e < 0 ? "0" : roundTrip.Substring(e + 1);
        var exponent = int.Parse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        // value = 0.digits × 10^n
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits.Substring(leadingZeros).TrimEnd('0');
        n -= leadingZeros;
        var k = digits.Length;

        string text;
        if (k <= n && n <= 21) text = digits + new string('0', n - k);
        else if (0 < n && n <= 21) text = digits.Substring(0, n) + "." + digits.Substring(n);
        else if (-6 < n && n <= 0) text = "0." + new string('0', -n) + digits;
        else
        {
            var power = n - 1;
            var sign = power < 0 ? "-" : "+";
            var magnitude = (power < 0 ? -power : power).ToString(CultureInfo.InvariantCulture);
            text = (k == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1)) + "e" + sign + magnitude;
        }
        return negative ? "-" + text : text;
    }
}
