using System.Net;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Errors;

/// <summary>
/// Every error status, and every success whose body is not the expected JSON, becomes a typed exception
/// carrying what the server said. (Failed connections and timeouts: <c>Http/</c>.)
/// </summary>
public sealed class ErrorTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    public static TheoryData<string, Type, int, string?, string?> Statuses => new()
    {
        { "inv_err_400", typeof(PaymentInvalidRequestException), 400, "metadata.order_id must be a string", null },
        { "inv_err_401", typeof(PaymentAuthenticationException), 401, "verify sig failed", null },
        { "inv_err_403", typeof(PaymentPermissionException), 403, "no permission", "forbidden" },
        { "inv_err_404", typeof(PaymentNotFoundException), 404, "Invoice not found", "resource_missing" },
        { "inv_err_500", typeof(PaymentServerException), 500, "Internal Server Error", null },
        { "inv_err_502", typeof(PaymentServerException), 502, "502 Bad Gateway", null },
        { "inv_err_503", typeof(PaymentServerException), 503, "Payment Kit is under maintenance", null },
        { "inv_err_418", typeof(PaymentApiException), 418, "I am a teapot", null },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task An_error_status_becomes_its_exception(string id, Type expectedType, int status, string? message, string? code)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAnyAsync<PaymentApiException>(() => payment.Invoices.RetrieveAsync(id));

        Assert.Equal(expectedType, error.GetType());
        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal(message, error.ServerMessage);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal($"/{mount}/api/invoices/{id}", error.RequestPath);
        Assert.Contains(message!, error.Message);
        Assert.Contains(status.ToString(), error.Message);
        Assert.False(string.IsNullOrEmpty(error.RawBody));
        // A retrieve is repeated on 500, 502 and 503 (3 retries by default), never on another 4xx.
        var attempts = status is 500 or 502 or 503 ? 4 : 1;
        Assert.Equal(attempts, error.Attempts);
        Assert.Equal(attempts, WireMock.Requests(mount).Count);
    }

    [Fact]
    public async Task A_conflict_on_void_carries_message_and_code()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAsync<PaymentConflictException>(() => payment.Invoices.VoidAsync("inv_err_409"));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal("Invoice inv_err_409 is paid and cannot be voided", error.ServerMessage);
        Assert.Equal("invoice_not_voidable", error.ErrorCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal($"/{mount}/api/invoices/inv_err_409/void", error.RequestPath);
    }

    [Fact]
    public async Task A_plain_text_rate_limit_keeps_the_text()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAsync<PaymentRateLimitException>(() => payment.Invoices.ReturnStakeAsync("inv_err_429"));

        Assert.Equal(429, (int)error.StatusCode);
        Assert.Equal("Too Many Requests", error.ServerMessage);
        Assert.Equal("Too Many Requests", error.RawBody);
        Assert.Single(WireMock.Requests(mount)); // never repeated
    }


    [Theory]
    [InlineData("inv_html_200", "text/html")]
    [InlineData("inv_truncated", "not valid JSON")]
    [InlineData("inv_empty", "empty")]
    [InlineData("inv_null", "JSON null")]
    [InlineData("inv_wrong_shape", "not valid JSON")]
    public async Task A_success_whose_body_is_not_the_expected_json_says_so(string id, string reason)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        var error = await Assert.ThrowsAsync<PaymentApiException>(() => payment.Invoices.RetrieveAsync(id));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains(reason, error.Message);
        Assert.Contains("InvoiceWithDiscount", error.Message);
        Assert.Contains("invoices.retrieve", error.Message);
        if (id == "inv_truncated")
        {
            Assert.Contains("{\"id\":\"inv_truncated\",\"total\":\"12345", error.Message); // the snippet
            Assert.IsType<System.Text.Json.JsonException>(error.InnerException);
        }
    }
}
