using System.Text.Json;
using PaymentSdk.Serialization;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>Retrieve, list and search through the SDK, compared with what the sandbox's store holds.</summary>
public sealed class ReadMethodTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private IInvoiceService Sdk => fixture.Test.Invoices;

    private static string Json(InvoiceWithDiscount invoice) => JsonSerializer.Serialize(invoice, PaymentJsonContext.Default.InvoiceWithDiscount);

    [Fact]
    public async Task Retrieve_returns_the_stored_invoice_field_for_field()
    {
        // One of each billing reason: every shape the seed makes.
        var samples = fixture.TestInvoices.GroupBy(i => (i.BillingReason, Expected.IsReturnStakeRecord(i))).Select(g => g.First()).ToList();
        Assert.True(samples.Count >= 15, $"expected every billing reason in test mode, found {samples.Count} kinds");

        foreach (var stored in samples)
        {
            var retrieved = await Sdk.RetrieveAsync(stored.Id);
            Assert.Equal(Json(stored), Json(retrieved));
        }
    }

    [Fact]
    public async Task Retrieve_returns_discount_details_with_coupon_and_promotion_code()
    {
        var stored = fixture.TestInvoices.First(i => i.DiscountDetails is { Count: > 0 });

        var invoice = await Sdk.RetrieveAsync(stored.Id);

        var detail = Assert.Single(invoice.DiscountDetails!);
        Assert.Equal(stored.DiscountDetails![0].Coupon!.Id, detail.Coupon!.Id);
        Assert.False(string.IsNullOrEmpty(detail.PromotionCode!.Code));
        Assert.Equal(detail.Coupon.Id, detail.PromotionCode.CouponId);
        var discount = Assert.Single(invoice.TotalDiscountAmounts!);
        Assert.Equal(detail.Coupon.Id, discount.Coupon);
        Assert.True(discount.Amount.ToBigInteger() > 0);
        Assert.Equal(invoice.Subtotal.ToBigInteger() - discount.Amount.ToBigInteger(), invoice.Total.ToBigInteger());
    }

    [Fact]
    public async Task Retrieve_returns_the_credit_grants_of_a_paid_recharge()
    {
        var stored = fixture.TestInvoices.First(i => i.RelatedCreditGrants is { Count: > 0 });
        Assert.Contains(stored.BillingReason, new[] { "recharge", "auto_recharge" });

        var invoice = await Sdk.RetrieveAsync(stored.Id);

        var grant = Assert.Single(invoice.RelatedCreditGrants!);
        Assert.Equal(stored.RelatedCreditGrants![0].Id, grant.Id);
        Assert.Equal(stored.RelatedCreditGrants[0].Amount, grant.Amount);
        Assert.Equal(invoice.CustomerId, grant.CustomerId);
        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
    }

    [Fact]
    public async Task Retrieve_reads_an_amount_above_two_to_the_sixty_four()
    {
        var stored = fixture.TestInvoices.First(i => i.Total.ToBigInteger() > ulong.MaxValue);

        var invoice = await Sdk.RetrieveAsync(stored.Id);

        Assert.Equal(stored.Total.Value, invoice.Total.Value);
        Assert.True(invoice.Total.ToBigInteger() > ulong.MaxValue);
    }

    [Fact]
    public async Task Retrieve_of_an_unknown_id_is_404_with_the_servers_message()
    {
        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => Sdk.RetrieveAsync("in_doesnotexist"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Invoice in_doesnotexist not found in test mode", error.ServerMessage);
    }

    [Fact]
    public async Task List_without_options_is_the_first_twenty_shown_invoices_and_their_count()
    {
        var expected = fixture.TestInvoices.Where(i => Expected.Shown(i)).Ids();

        var page = await Sdk.ListAsync();

        Assert.Equal(expected.Count, page.Count);
        Assert.Equal(expected.Take(20), page.List.Select(i => i.Id));
        Assert.Null(page.Subscription);
    }

    [Fact]
    public async Task Search_returns_a_page_of_matches_and_their_count()
    {
        var expected = fixture.TestInvoices.Where(i => Expected.SearchMatches(i, "Premium")).Ids();
        Assert.True(expected.Count > 20);

        var page = await Sdk.SearchAsync(new InvoiceSearchOptions { Query = "Premium" });

        Assert.Equal(expected.Count, page.Count);
        Assert.Equal(expected.Take(20), page.List.Select(i => i.Id));
    }

    [Theory]
    [InlineData("/payment", false)]
    [InlineData("/payment", true)]
    [InlineData("/a/b", true)]
    public async Task A_client_reaches_a_sandbox_under_a_mount_point(string mountPoint, bool trailingSlash)
    {
        await using var sandbox = await PaymentSdk.Sandbox.PaymentSandbox.StartAsync(new PaymentSdk.Sandbox.PaymentSandboxOptions { MountPoint = mountPoint });
        var options = SandboxClients.Options(sandbox);
        options.BaseUrl = new Uri(sandbox.BaseUrl.ToString().TrimEnd('/') + (trailingSlash ? "/" : ""));
        using var payment = new PaymentClient(options);
        var first = sandbox.Data.GetInvoices(false)[0];

        var invoice = await payment.Invoices.RetrieveAsync(first.Id);
        var page = await payment.Invoices.ListAsync(new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 1 });

        Assert.Equal(mountPoint, sandbox.BaseUrl.AbsolutePath.TrimEnd('/'));
        Assert.Equal(first.Id, invoice.Id);
        Assert.Equal(first.Id, Assert.Single(page.List).Id);
    }
}
