using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentSdk.Serialization;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Serialization;

/// <summary>Serializing a deserialized object loses nothing, unknown fields included.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void An_invoice_with_discount_round_trips_with_unknown_fields_at_every_depth()
    {
        var json = TestFiles.ResponseBody("invoice-with-discount.json");

        var invoice = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.InvoiceWithDiscount)!;
        var written = JsonSerializer.Serialize(invoice, PaymentJsonContext.Default.InvoiceWithDiscount);

        Assert.Contains("future_invoice_field", invoice.ExtensionData!.Keys);
        JsonAssert.LosesNothing(json, written);
    }

    [Fact]
    public void A_partial_invoice_round_trips_without_gaining_its_missing_optional_fields()
    {
        const string json = "{\"id\":\"inv_prev\",\"status\":\"void\",\"total\":\"5\",\"brand_new\":[1,{\"a\":null}]}";

        var invoice = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.Invoice)!;
        var written = JsonSerializer.Serialize(invoice, PaymentJsonContext.Default.Invoice);

        using var document = JsonDocument.Parse(written);
        Assert.Equal("[1,{\"a\":null}]", document.RootElement.GetProperty("brand_new").GetRawText());
        Assert.False(document.RootElement.TryGetProperty("description", out _));
        Assert.False(document.RootElement.TryGetProperty("metadata", out _));
    }

    [Theory]
    [InlineData("invoice-page.json")]
    [InlineData("paging-page1.json")]
    public void A_page_round_trips(string file)
    {
        var json = TestFiles.ResponseBody(file);

        var page = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.PaginatedInvoiceExpanded)!;

        Assert.NotEmpty(page.List);
        JsonAssert.LosesNothing(json, JsonSerializer.Serialize(page, PaymentJsonContext.Default.PaginatedInvoiceExpanded));
    }

    [Fact]
    public void An_invoice_list_page_round_trips_with_the_subscription_it_was_filtered_by()
    {
        var page = JsonNode.Parse(TestFiles.ResponseBody("invoice-page.json"))!.AsObject();
        page["subscription"] = JsonNode.Parse(TestFiles.ResponseBody("invoice-with-discount.json"))!["subscription"]!.DeepClone();
        var json = page.ToJsonString();

        var read = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.InvoiceListPage)!;

        Assert.Equal(("sub_1", 2), (read.Subscription!.Id, read.List.Count));
        Assert.Null(read.ExtensionData);
        JsonAssert.LosesNothing(json, JsonSerializer.Serialize(read, PaymentJsonContext.Default.InvoiceListPage));
    }

    [Fact]
    public void Dates_are_written_as_Payment_Kit_writes_them()
    {
        const string json = "{\"id\":\"inv_1\",\"created_at\":\"2026-01-01T00:00:00.000Z\",\"period_start\":1767225600,\"due_date\":null}";

        var invoice = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.Invoice)!;
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(invoice, PaymentJsonContext.Default.Invoice));

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), invoice.CreatedAt);
        Assert.Null(invoice.DueDate);
        Assert.Equal("2026-01-01T00:00:00.000Z", written.RootElement.GetProperty("created_at").GetString());
        Assert.Equal(1767225600, written.RootElement.GetProperty("period_start").GetInt64());
    }

    [Theory]
    [InlineData("1767225600")]
    [InlineData("\"1767225600\"")]
    [InlineData("\"2026-01-01T00:00:00Z\"")]
    [InlineData("1767225600.0")]
    public void Unix_time_fields_read_every_form_a_server_might_send(string value)
    {
        var invoice = JsonSerializer.Deserialize("{\"period_start\":" + value + "}", PaymentJsonContext.Default.Invoice)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), invoice.PeriodStart);
    }
}
