using System.Numerics;
using System.Text.Json;
using PaymentSdk.Serialization;

namespace PaymentSdk.Tests.Models;

public sealed class AmountTests
{
    [Theory]
    [InlineData("12345678901234567890", 18, "12.34567890123456789")]
    [InlineData("1000000000000000000", 18, "1")]
    [InlineData("1500000000000000000", 18, "1.5")]
    [InlineData("5", 18, "0.000000000000000005")]
    [InlineData("0", 18, "0")]
    [InlineData("-2500", 2, "-25")]
    [InlineData("-2501", 2, "-25.01")]
    [InlineData("-1", 3, "-0.001")]
    [InlineData("340282366920938463463374607431768211456", 0, "340282366920938463463374607431768211456")]
    [InlineData("340282366920938463463374607431768211456", 30, "340282366.920938463463374607431768211456")]
    public void ToDecimalString_scales_exactly(string smallestUnit, int decimals, string expected)
    {
        Assert.Equal(expected, Amount.Parse(smallestUnit).ToDecimalString(decimals));
    }

    [Theory]
    [InlineData("12.34567890123456789", 18, "12345678901234567890")]
    [InlineData("1", 18, "1000000000000000000")]
    [InlineData("0.5", 1, "5")]
    [InlineData(".5", 2, "50")]
    [InlineData("-0.25", 2, "-25")]
    public void FromDecimalString_is_the_inverse(string units, int decimals, string expected)
    {
        var amount = Amount.FromDecimalString(units, decimals);
        Assert.Equal(expected, amount.Value);
    }

    [Theory]
    [InlineData("1.234", 2)]
    [InlineData("abc", 2)]
    [InlineData("1.", 2)]
    [InlineData("", 2)]
    [InlineData("1e5", 2)]
    public void FromDecimalString_rejects_what_it_cannot_represent(string units, int decimals)
    {
        Assert.Throws<FormatException>(() => Amount.FromDecimalString(units, decimals));
    }

    [Fact]
    public void Amounts_above_2_to_the_64_survive_json_exactly()
    {
        const string json = "\"18446744073709551617123456789\"";
        var amount = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.Amount);

        Assert.Equal(BigInteger.Parse("18446744073709551617123456789"), amount.ToBigInteger());
        Assert.Equal(json, JsonSerializer.Serialize(amount, PaymentJsonContext.Default.Amount));
    }

    [Fact]
    public void A_number_token_is_read_from_its_exact_text_not_through_double()
    {
        var amount = JsonSerializer.Deserialize("123456789012345678901", PaymentJsonContext.Default.Amount);

        Assert.Equal("123456789012345678901", amount.Value);
        Assert.Equal("\"123456789012345678901\"", JsonSerializer.Serialize(amount, PaymentJsonContext.Default.Amount));
    }

    [Fact]
    public void Text_that_is_not_an_integer_is_refused_when_read_not_at_first_use()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"1.5\"", PaymentJsonContext.Default.Amount));

        Assert.Contains("'1.5' is not an integer amount", error.Message, StringComparison.Ordinal);
        Assert.False(Amount.TryParse("1.5", out _));
        Assert.Throws<FormatException>(() => Amount.Parse("1e3"));
    }

    [Fact]
    public void Text_of_more_than_78_digits_is_refused_by_every_way_in()
    {
        var digits = new string('1', Amount.MaxDigits + 1);

        Assert.False(Amount.TryParse(digits, out _));
        Assert.Contains("79 digits", Assert.Throws<FormatException>(() => Amount.Parse(digits)).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($"\"{digits}\"", PaymentJsonContext.Default.Amount));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(digits, PaymentJsonContext.Default.Amount));
        Assert.Throws<FormatException>(() => Amount.FromDecimalString(new string('1', 61) + ".5", 18));
        Assert.True(Amount.TryParse(digits[1..], out _));
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("+0", "00")]
    [InlineData("-007", "-7")]
    [InlineData("+123", "00123")]
    public void Amounts_equal_as_numbers_are_equal_and_hash_alike(string left, string right)
    {
        Assert.Equal(Amount.Parse(left), Amount.Parse(right));
        Assert.Equal(Amount.Parse(left).GetHashCode(), Amount.Parse(right).GetHashCode());
        Assert.Equal(0, Amount.Parse(left).CompareTo(Amount.Parse(right)));
    }

    [Theory]
    [InlineData("-10", "-9")]
    [InlineData("-1", "0")]
    [InlineData("9", "10")]
    [InlineData("099", "100")]
    [InlineData("-100", "-099")]
    public void Order_is_numeric_by_the_digits(string smaller, string larger)
    {
        Assert.True(Amount.Parse(smaller) < Amount.Parse(larger));
        Assert.True(Amount.Parse(larger) > Amount.Parse(smaller));
        Assert.NotEqual(Amount.Parse(smaller), Amount.Parse(larger));
        Assert.Equal(System.Numerics.BigInteger.Parse(smaller).CompareTo(System.Numerics.BigInteger.Parse(larger)), Amount.Parse(smaller).CompareTo(Amount.Parse(larger)));
    }

    [Fact]
    public void Equality_and_order_are_numeric()
    {
        Assert.Equal(Amount.Parse("007"), Amount.Parse("7"));
        Assert.True(Amount.Parse("7") == (Amount)7L);
        Assert.True(Amount.Parse("18446744073709551616").CompareTo(Amount.Parse("18446744073709551615")) > 0);
        Assert.Equal(Amount.Zero, default);
        Assert.Equal("0", default(Amount).Value);
        Assert.Equal(Amount.Parse("7").GetHashCode(), Amount.Parse("+7").GetHashCode());
    }

    [Fact]
    public void Comparison_operators_compare_numerically()
    {
        Amount big = BigInteger.Pow(2, 70);
        Amount small = Amount.Parse("-3");

        Assert.True(small < big);
        Assert.True(small <= Amount.Parse("-3"));
        Assert.True(big > small);
        Assert.True(big >= Amount.Parse("1180591620717411303424"));
        Assert.False(big < small);
        Assert.True(Amount.Parse("10") != Amount.Parse("11"));
        Assert.Equal(BigInteger.Pow(2, 70), (BigInteger)big);
    }

    [Fact]
    public void Negative_decimals_are_rejected_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Parse("1").ToDecimalString(-1));
        Assert.Equal("decimals", error.ParamName);
    }

    [Fact]
    public void A_currency_formats_its_amounts()
    {
        var abt = new PaymentCurrency { Decimal = 18 };
        Assert.Equal("12.34567890123456789", abt.FormatAmount(Amount.Parse("12345678901234567890")));
    }
}
