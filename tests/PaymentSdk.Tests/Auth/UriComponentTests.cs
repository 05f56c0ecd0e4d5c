using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Auth;

/// <summary>
/// The tests' <see cref="UriComponent"/> is JavaScript's encodeURIComponent: expected values are what Node returns
/// for the same input.
/// </summary>
public sealed class UriComponentTests
{
    [Theory]
    [InlineData("paid,open", "paid%2Copen")]
    [InlineData("o 1", "o%201")]
    [InlineData("Premium Plan", "Premium%20Plan")]
    [InlineData("AZaz09-_.!~*'()", "AZaz09-_.!~*'()")]
    [InlineData("a+b=c&d/e?f#g%h", "a%2Bb%3Dc%26d%2Fe%3Ff%23g%25h")]
    [InlineData("é", "%C3%A9")]
    [InlineData("€", "%E2%82%AC")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("[]{}|\\^`\"<>", "%5B%5D%7B%7D%7C%5C%5E%60%22%3C%3E")]
    [InlineData("\n\t\0", "%0A%09%00")]
    [InlineData("", "")]
    public void Encodes_like_encodeURIComponent(string value, string expected)
    {
        Assert.Equal(expected, UriComponent.Encode(value, "value"));
    }

    [Fact]
    public void A_lone_surrogate_is_rejected_naming_the_parameter()
    {
        // Built here, not in [InlineData]: xunit's theory-data serialization replaces lone surrogates.
        foreach (var value in new[] { ((char)0xD800).ToString(), "a" + (char)0xDC00 + "b", "😀"[..1] })
        {
            var error = Assert.Throws<ArgumentException>(() => UriComponent.Encode(value, "options.Query"));
            Assert.Equal("options.Query", error.ParamName);
        }
    }
}
