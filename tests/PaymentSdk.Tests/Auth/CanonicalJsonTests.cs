using System.Text;
using PaymentSdk.Auth;

namespace PaymentSdk.Tests.Auth;

/// <summary>json-stable-stringify after JSON.parse, case by case (the values JavaScript itself prints).</summary>
public class CanonicalJsonTests
{
    private static string Canonical(string json) => CanonicalJson.Stringify(CanonicalJson.Parse(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("12345678901234567890", "12345678901234567000")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1E21", "1e+21")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    [InlineData("0.0000001", "1e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("1.50", "1.5")]
    [InlineData("100", "100")]
    [InlineData("0.1", "0.1")]
    [InlineData("123e20", "1.23e+22")]
    [InlineData("-1.5e-10", "-1.5e-10")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("1e400", "null")]
    [InlineData("123456.789", "123456.789")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("9007199254740992", "9007199254740992")]
    [InlineData("-9007199254740992", "-9007199254740992")]
    [InlineData("9007199254740994", "9007199254740994")]
    [InlineData("18014398509481988", "18014398509481988")]
    [InlineData("1700000300", "1700000300")]
    [InlineData("-42", "-42")]
    [InlineData("1e15", "1000000000000000")]
    [InlineData("4503599627370495.5", "4503599627370495.5")]
    public void Numbers_print_as_javascript_prints_a_double(string json, string expected)
    {
        Assert.Equal(expected, Canonical(json));
    }

    [Fact]
    public void Keys_sort_by_utf16_code_units_at_every_depth()
    {
        // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FFFF in UTF-16 (after it by code point).
        Assert.Equal("{\"B\":1,\"a\":{\"x\":[{\"m\":1,\"n\":2}],\"y\":2},\"é\":3,\"😀\":4,\"\uffff\":5}",
            Canonical("{\"\uffff\":5,\"😀\":4,\"é\":3,\"a\":{\"y\":2,\"x\":[{\"n\":2,\"m\":1}]},\"B\":1}"));
    }

    [Fact]
    public void The_last_of_duplicate_keys_wins()
    {
        Assert.Equal("""{"a":2}""", Canonical("""{"a":1,"a":2}"""));
    }

    [Fact]
    public void Strings_are_escaped_as_json_stringify_escapes_them()
    {
        // Quote, backslash, the five short escapes, other controls as \u00xx; DEL, U+2028, <>&, / and non-ASCII as they are.
        var json = "\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f \\u007f \\u2028 <>& \\/ ü 😀\"";

        Assert.Equal("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f \u007f \u2028 <>& / ü 😀\"", Canonical(json));
    }

    [Fact]
    public void A_lone_surrogate_survives_and_is_escaped_in_lower_case()
    {
        Assert.Equal("\"a\\ud800b\\udc00\"", Canonical("\"a\\uD800b\\uDC00\""));
        Assert.Equal("\"😀\"", Canonical("\"\\ud83d\\ude00\""));
    }

    [Fact]
    public void Literals_and_empty_containers_keep_their_shape()
    {
        Assert.Equal("""{"a":[],"b":{},"c":null,"d":true,"e":false}""", Canonical("""{ "e" : false , "d":true,"c":null,"b":{ },"a":[ ] }"""));
    }
}
