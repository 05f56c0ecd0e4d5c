using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Hostile;

/// <summary>
/// Answers whose values or bytes are wrong (times out of range, amounts that are not integers or are absurdly long,
/// invalid UTF-8) and error bodies built to be expensive: each is refused while the answer is read, as a
/// <see cref="PaymentApiException"/> naming the field, with the cause kept as the inner exception.
/// </summary>
public sealed class MalformedAnswerTests
{
    private static PaymentClient Client(FaultServer server) => new(new PaymentClientOptions
    {
        BaseUrl = server.BaseUrl("m"),
        LiveMode = false,
        Retry = { MaxRetries = 0 },
    });

    /// <summary>The invoice of invoice-with-discount.json with one field set to <paramref name="value"/> (raw JSON).</summary>
    private static string InvoiceWith(string field, string value)
    {
        var invoice = JsonNode.Parse(TestFiles.ResponseBody("invoice-with-discount.json"))!.AsObject();
        invoice[field] = JsonNode.Parse(value);
        return invoice.ToJsonString();
    }

    private static async Task<PaymentApiException> RetrieveFailsAsync(byte[] body)
    {
        using var server = new FaultServer(RawAnswers.Json(200, body));
        using var payment = Client(server);
        var error = await Assert.ThrowsAsync<PaymentApiException>(() => payment.Invoices.RetrieveAsync("in_1"));
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        return error;
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("-99999999999999")]
    [InlineData("1e20")]
    [InlineData("-1e300")]
    [InlineData("\"-99999999999999\"")]
    [InlineData("\"99999999999999\"")]
    public async Task A_unix_time_beyond_the_years_a_date_can_hold_is_refused_naming_the_field(string value)
    {
        var error = await RetrieveFailsAsync(Encoding.UTF8.GetBytes(InvoiceWith("period_start", value)));

        Assert.Contains("$.period_start", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a Unix time in seconds between year 1 and year 9999", error.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(error.InnerException);
    }

    [Theory]
    [InlineData("\"1e3\"", "not an integer amount")]
    [InlineData("1e3", "not an integer amount")]
    [InlineData("\"12.50\"", "not an integer amount")]
    [InlineData("12.5", "not an integer amount")]
    [InlineData("\"\"", "empty")]
    [InlineData("\"-\"", "not an integer amount")]
    [InlineData("\" 12\"", "not an integer amount")]
    public async Task An_amount_that_is_not_an_integer_is_refused_while_reading_naming_the_field(string value, string reason)
    {
        var error = await RetrieveFailsAsync(Encoding.UTF8.GetBytes(InvoiceWith("total", value)));

        Assert.Contains("$.total", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(error.InnerException);
    }

    [Theory]
    [InlineData(79, true)]
    [InlineData(400_000, true)]
    [InlineData(400_000, false)]
    public async Task An_amount_longer_than_78_digits_is_refused_before_it_is_parsed(int digits, bool asString)
    {
        var number = "9" + new string('0', digits - 1);
        var error = await RetrieveFailsAsync(Encoding.UTF8.GetBytes(InvoiceWith("amount_due", asString ? $"\"{number}\"" : number)));

        Assert.Contains("$.amount_due", error.Message, StringComparison.Ordinal);
        Assert.Contains($"the {Amount.MaxDigits} digits an amount may have", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 2000, $"a message of {error.Message.Length} characters");
    }

    [Fact]
    public async Task An_amount_of_78_digits_is_read_and_compares_without_parsing_again()
    {
        var number = new string('9', Amount.MaxDigits);
        using var server = new FaultServer(RawAnswers.Json(200, InvoiceWith("amount_due", $"\"{number}\"")));
        using var payment = Client(server);

        var invoice = await payment.Invoices.RetrieveAsync("in_1");

        Assert.Equal(number, invoice.AmountDue.Value);
        Assert.Equal(Amount.Parse("+" + number), invoice.AmountDue);
        Assert.Equal(Amount.Parse("+" + number).GetHashCode(), invoice.AmountDue.GetHashCode());
        Assert.True(invoice.AmountDue > Amount.Parse("0" + number[1..]));
        Assert.Equal(System.Numerics.BigInteger.Pow(10, Amount.MaxDigits) - 1, invoice.AmountDue.ToBigInteger());
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "metadata", "$.metadata.note")]
    [InlineData(new byte[] { 0xFF }, "metadata", "$.metadata.note")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "description", "$.description")]
    public async Task Invalid_utf8_anywhere_is_refused_naming_where(byte[] bad, string field, string path)
    {
        var json = field == "metadata" ? InvoiceWith("metadata", "{\"note\":\"@@\"}") : InvoiceWith(field, "\"@@\"");
        var text = Encoding.UTF8.GetBytes(json);
        var at = text.AsSpan().IndexOf("@@"u8);
        byte[] body = [.. text[..at], .. bad, .. text[(at + 2)..]];

        var error = await RetrieveFailsAsync(body);

        Assert.Contains($"byte {at} is not valid UTF-8 (in {path})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_error_of_megabytes_becomes_a_message_of_five_hundred_characters()
    {
        // Just under the default size limit (8 MiB), so that the message is what is cut.
        using var server = new FaultServer(RawAnswers.Json(400, "{\"error\":\"" + new string('e', 8_000_000) + "\"}"));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.RetrieveAsync("in_1"));

        Assert.Equal(501, error.ServerMessage!.Length);
        Assert.Equal(PaymentApiException.MaxRawBodyLength, error.RawBody!.Length);
        Assert.True(error.Message.Length < 700, $"a message of {error.Message.Length} characters");
    }

    [Fact]
    public async Task Html_built_to_make_a_regex_backtrack_is_read_in_one_pass()
    {
        // A megabyte of unclosed <title>: "<title[^>]*>(.*?)</title>" ran for 12 s and more on it.
        var html = new StringBuilder("<html>");
        while (html.Length < 1_000_000) html.Append("<title>x");
        using var server = new FaultServer(RawAnswers.Json(502, Encoding.UTF8.GetBytes(html.ToString()), "text/html"));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentServerException>(() => payment.Invoices.RetrieveAsync("in_1"));

        Assert.StartsWith("x x x", error.ServerMessage, StringComparison.Ordinal);
        Assert.EndsWith("…", error.ServerMessage, StringComparison.Ordinal);
        Assert.InRange(error.ServerMessage!.Length, 490, 501);
    }

    [Theory]
    [InlineData("{\"count\":1,\"list\":[{\"id\":\"in_1\",\"period_start\":1e400}]}")]
    [InlineData("{\"count\":1e400,\"list\":[]}")]
    [InlineData("{\"count\":1,\"list\":[{\"id\":\"in_1\",\"created_at\":\"not a date\"}]}")]
    [InlineData("{\"count\":1,\"list\":[{\"id\":\"in_1\",\"attempt_count\":99999999999}]}")]
    [InlineData("{\"count\":1,\"list\":[{\"id\":\"in_1\",\"lines\":[{\"price\":{\"tiers\":[{\"flat_amount\":1e400}]}}]}]}")]
    public async Task A_value_too_large_for_its_type_is_a_typed_error(string page)
    {
        using var server = new FaultServer(RawAnswers.Json(200, page));
        using var payment = Client(server);

        var error = await Assert.ThrowsAsync<PaymentApiException>(() => payment.Invoices.ListAsync());

        Assert.Contains("not valid JSON of that shape", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }
}
