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
        var (actualMessage, actualCode) = ApiErrorResponse.ReadMessage(body);
        Assert.Equal(message, actualMessage);
        Assert.Equal(code, actualCode);
    }

    [Fact]
    public void A_long_body_is_cut()
    {
        var body = new string('x', 10_000);
        var error = ApiErrorResponse.ToException(System.Net.HttpStatusCode.InternalServerError, body, "GET", "/api/invoices/x");

        Assert.Equal(PaymentApiException.MaxRawBodyLength, error.RawBody!.Length);
        Assert.True(error.ServerMessage!.Length <= 501);
        Assert.IsType<PaymentServerException>(error);
    }
}
