using System.Text;
using PaymentSdk.Errors;

namespace PaymentSdk.Tests.Errors;

public sealed class ApiErrorResponseTests
{
    [Theory]
    [InlineData("{\"error\":\"verify sig failed\"}", "verify sig failed", null)]
    [InlineData("{\"code\":\"forbidden\",\"error\":\"not authorized\"}", "not authorized", "forbidden")]
    [InlineData("{\"error\":{\"message\":\"Invoice not found\",\"code\":\"resource_missing\"}}", "Invoice not found", "resource_missing")]
    [InlineData("{\"message\":\"maintenance\"}", "maintenance", null)]
    [InlineData("{\"message\":\"bad\",\"code\":42}", "bad", "42")]
    [InlineData("\"just a string\"", "just a string", null)]
    [InlineData("Too Many Requests", "Too Many Requests", null)]
    [InlineData("<html><head><title>502 Bad Gateway</title></head><body>x</body></html>", "502 Bad Gateway", null)]
    [InlineData("<p>Service &amp; more\n  down</p>", "Service & more down", null)]
    [InlineData("{\"unexpected\":true}", null, null)]
    [InlineData("", null, null)]
    [InlineData("{\"error\":\"trunc", "{\"error\":\"trunc", null)]
    public void Reads_every_known_shape(string body, string? message, string? code)
    {
        var (actualMessage, actualCode) = ApiErrorResponse.ReadMessage(Encoding.UTF8.GetBytes(body));
        Assert.Equal(message, actualMessage);
        Assert.Equal(code, actualCode);
    }

    [Fact]
    public void A_long_body_is_cut()
    {
        var body = new string('x', 10_000);
        var error = ApiErrorResponse.ToException(System.Net.HttpStatusCode.InternalServerError, Encoding.UTF8.GetBytes(body), "GET", "/api/invoices/x");

        Assert.Equal(PaymentApiException.MaxRawBodyLength, error.RawBody!.Length);
        Assert.True(error.ServerMessage!.Length <= 501);
        Assert.IsType<PaymentServerException>(error);
    }

    [Theory]
    [InlineData("{\"error\":\"line\\none \\\"quoted\\\" \\u00e9t\\u00E9 \\ud83d\\ude00\"}", "line one \"quoted\" été 😀")]
    [InlineData("\uFEFF  {\"error\":\"after a BOM\"}", "after a BOM")]
    [InlineData("{\"detail\":[1,2,{\"a\":\"b\"}],\"message\":\"after other fields\"}", "after other fields")]
    public void Reads_escapes_a_bom_and_fields_before_the_message(string body, string message)
    {
        Assert.Equal(message, ApiErrorResponse.ReadMessage(Encoding.UTF8.GetBytes(body)).Message);
    }

    [Theory]
    [InlineData("{\"error\":\"", "\"}")]
    [InlineData("{\"code\":\"big\",\"error\":{\"message\":\"", "\"}}")]
    [InlineData("\"", "\"")]
    [InlineData("{\"padding\":\"", "\"}")]
    public void A_json_message_of_megabytes_is_cut_and_only_its_start_is_read(string before, string after)
    {
        var body = Encoding.UTF8.GetBytes(before + new string('m', 10_000_000) + after);

        var error = ApiErrorResponse.ToException(System.Net.HttpStatusCode.BadRequest, body, "GET", "/api/invoices");

        if (before.Contains("padding", StringComparison.Ordinal))
        {
            Assert.Null(error.ServerMessage);
        }
        else
        {
            Assert.Equal(new string('m', ApiErrorResponse.MaxMessageLength) + "…", error.ServerMessage);
            Assert.Contains(error.ServerMessage!, error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(PaymentApiException.MaxRawBodyLength, error.RawBody!.Length);
        Assert.True(error.Message.Length < 1000, $"the message is {error.Message.Length} characters");
    }

    [Theory]
    [InlineData(40_000)]
    [InlineData(1_000_000)]
    [InlineData(8_000_000)]
    public void Html_that_made_the_old_expressions_backtrack_is_read_in_one_pass(int size)
    {
        // Repeated unclosed titles: "<title[^>]*>(.*?)</title>" tried every start against the rest of the body.
        var html = new StringBuilder("<html>");
        while (html.Length < size) html.Append("<title>x");
        var (message, _) = ApiErrorResponse.ReadMessage(Encoding.UTF8.GetBytes(html.ToString()));

        Assert.NotNull(message);
        Assert.True(message!.Length <= ApiErrorResponse.MaxMessageLength + 1);
        Assert.StartsWith("x x x", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_an_error_body_is_shown_as_replacement_characters()
    {
        byte[] body = [.. "{\"error\":\"bad "u8, 0xC3, 0x28, .. " byte\"}"u8];

        Assert.Equal("bad \uFFFD( byte", ApiErrorResponse.ReadMessage(body).Message);
        Assert.Equal("bad \uFFFD( byte", ApiErrorResponse.ReadMessage([.. "<p>bad "u8, 0xC3, 0x28, .. " byte</p>"u8]).Message);
    }
}
