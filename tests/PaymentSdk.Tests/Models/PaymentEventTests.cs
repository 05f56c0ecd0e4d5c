using System.Text;
using System.Text.Json;
using PaymentSdk.Serialization;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Models;

/// <summary>Events as typed objects: every field, the object typed on demand, previews, and types as an open set.</summary>
public class PaymentEventTests
{
    private static PaymentEvent Read(string json) => JsonSerializer.Deserialize(json, PaymentJsonContext.Default.PaymentEvent)!;

    [Fact]
    public void A_delivered_event_reads_every_field_and_its_invoice()
    {
        var delivery = WebhookDeliveryVectors.Named("valid-unicode-and-numbers");

        var evt = Read(Encoding.UTF8.GetString(delivery.Body));

        Assert.Equal(("evt_invoice_updated", PaymentEventTypes.InvoiceUpdated, false, "2023-09-05"), (evt.Id, evt.Type, evt.Livemode, evt.ApiVersion));
        Assert.Equal(("Invoice", "in_4f2kq0aJ7ZsW1xPq", 1), (evt.ObjectType, evt.ObjectId, evt.PendingWebhooks));
        Assert.Equal(("req_1", ""), (evt.Request!.Id, evt.Request.IdempotencyKey));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), evt.CreatedAt);
        Assert.True(evt.Data.TryGetInvoice(out var invoice));
        Assert.Equal(("in_4f2kq0aJ7ZsW1xPq", InvoiceStatus.Paid, "12250000"), (invoice.Id, invoice.Status, invoice.Total.ToString()));
        Assert.False(evt.Data.IsPreview);
        Assert.Equal(JsonValueKind.Null, evt.Data.PreviousAttributes!.Value.GetProperty("metadata").GetProperty("note").ValueKind);
        Assert.Equal(invoice.Number, evt.Data.GetObject<InvoiceExpanded>().Number);
        Assert.Equal("invoice.updated evt_invoice_updated", evt.ToString());
    }

    [Fact]
    public void An_upcoming_invoice_is_a_preview_without_id_or_status_and_reads_without_error()
    {
        var evt = Read(WebhookSigning.Event(PaymentEventTypes.InvoiceUpcoming, """{"id":null,"object":"invoice","amount_due":"5000000","lines":[]}"""));

        Assert.True(evt.Data.IsPreview);
        Assert.True(evt.Data.TryGetInvoice(out var invoice));
        Assert.Null(invoice.Id);
        Assert.Equal("5000000", invoice.AmountDue.ToString());
        Assert.True(Read(WebhookSigning.Event(PaymentEventTypes.InvoiceUpcoming, """{"object":"invoice","amount_due":"1"}""")).Data.IsPreview);
    }

    [Fact]
    public void An_event_about_something_else_is_not_an_invoice_and_an_unknown_type_stays_text()
    {
        var evt = Read("""{"id":"evt_9","type":"customer.credit.low_balance","data":{"object":{"id":"cus_1","object":"customer","name":"Ada"}},"brand_new":true}""");

        Assert.False(evt.Data.TryGetInvoice(out var invoice));
        Assert.Null(invoice);
        Assert.Equal("customer.credit.low_balance", evt.Type);
        Assert.Equal("Ada", evt.Data.GetObject<Customer>().Name);
        Assert.True(evt.ExtensionData!["brand_new"].GetBoolean());
        Assert.Throws<NotSupportedException>(() => evt.Data.GetObject<UnknownModel>());
    }

    /// <summary>A model the SDK's serializer does not know.</summary>
    public sealed class UnknownModel : PaymentEntity;

    [Theory]
    [InlineData("""{"id":"in_1","object":"invoice","total":"12.50"}""")]
    [InlineData("""{"id":"in_1","object":"invoice","period_start":1e300}""")]
    [InlineData("""{"id":"in_1","object":"invoice","attempt_count":"many"}""")]
    [InlineData("""{"id":"in_1","object":"\ud800"}""")]
    [InlineData("""{"id":"in_1","object":"invoice","number":"\ud800"}""")]
    [InlineData("""{"id":"in_1","object":7}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""null""")]
    public void TryGetInvoice_never_throws_whatever_the_object_holds(string invoice)
    {
        // Read without the verifier, which would have refused most of these: the method is safe on its own.
        var evt = Read(WebhookSigning.Event(PaymentEventTypes.InvoicePaid, invoice));

        Assert.False(evt.Data.TryGetInvoice(out var read));
        Assert.Null(read);
    }

    [Fact]
    public void GetObject_reports_an_unreadable_object_as_a_json_error()
    {
        var evt = Read(WebhookSigning.Event(PaymentEventTypes.InvoicePaid, """{"id":"in_1","object":"invoice","total":"12.50"}"""));

        var error = Assert.Throws<JsonException>(() => evt.Data.GetObject<Invoice>());
        Assert.Equal("$.total", error.Path);
    }
}
