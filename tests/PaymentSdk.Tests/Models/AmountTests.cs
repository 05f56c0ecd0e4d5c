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
    public void Text_that_is_not_an_integer_is_kept_and_fails_only_when_used_as_a_number()
    {
        var amount = JsonSerializer.Deserialize("\"1.5\"", PaymentJsonContext.Default.Amount);

        Assert.Equal("1.5", amount.ToString());
        Assert.Throws<FormatException>(() => amount.ToBigInteger());
        Assert.False(Amount.TryParse("1.5", out _));
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
