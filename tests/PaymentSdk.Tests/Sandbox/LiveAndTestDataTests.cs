using System.Net;
using System.Text.Json;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>Live and test data are kept apart, as Payment Kit keeps them.</summary>
public sealed class LiveAndTestDataTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task A_test_mode_id_is_not_found_in_live_mode()
    {
        var id = fixture.TestInvoices[0].Id;

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => fixture.Live.Invoices.RetrieveAsync(id));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal($"Invoice {id} not found in live mode", error.ServerMessage);
        Assert.Contains(error.ServerMessage!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_mode_id_is_not_found_in_test_mode()
    {
        var id = fixture.LiveInvoices[0].Id;

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => fixture.Test.Invoices.RetrieveAsync(id));

        Assert.Equal($"Invoice {id} not found in test mode", error.ServerMessage);
        var live = await fixture.Live.Invoices.RetrieveAsync(id);
        Assert.True(live.Livemode);
    }

    [Fact]
    public async Task Every_state_changing_method_is_404_for_an_id_of_the_other_mode()
    {
        var testId = fixture.TestInvoices.First(i => i.Status == "open").Id;
        var returned = fixture.Sandbox.Data.GetReturnedStakes(false);
        var stake = fixture.TestInvoices.First(i => Expected.IsStake(i) && i.Status == "paid" && !returned.Contains(i.Id)).Id;
        var live = fixture.Live.Invoices;

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => live.VoidAsync(testId));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => live.UpdateAsync(testId, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["x"] = "y" } }));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => live.GetReturnStakeAsync(stake));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => live.ReturnStakeAsync(stake));

        // Nothing changed in test mode.
        var invoice = await fixture.Test.Invoices.RetrieveAsync(testId);
        Assert.Equal("open", invoice.Status);
        Assert.False(invoice.Metadata?.ContainsKey("x") ?? false);
        Assert.DoesNotContain(stake, fixture.Sandbox.Data.GetReturnedStakes(false));
    }

    [Fact]
    public async Task Live_and_test_lists_hold_different_invoices()
    {
        var all = new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 100 };

        var test = await fixture.Test.Invoices.ListIdsAsync(all);
        var live = await fixture.Live.Invoices.ListIdsAsync(all);

        Assert.Equal(fixture.TestInvoices.Ids(), test);
        Assert.Equal(fixture.LiveInvoices.Ids(), live);
        Assert.Empty(test.Intersect(live));
        Assert.True(test.Count > live.Count);
        Assert.All(fixture.LiveInvoices, i => Assert.True(i.Livemode && i.Customer!.Livemode));
        Assert.All(fixture.TestInvoices, i => Assert.False(i.Livemode || i.Customer!.Livemode));
        Assert.Empty(fixture.TestInvoices.Select(i => i.CustomerId).Intersect(fixture.LiveInvoices.Select(i => i.CustomerId)));
    }

    [Fact]
    public async Task Live_mode_filters_use_live_data()
    {
        var paid = fixture.LiveInvoices.Where(i => Expected.Shown(i) && i.Status == "paid").Ids();
        Assert.NotEmpty(paid);

        var ids = await fixture.Live.Invoices.ListIdsAsync(new InvoiceListOptions { Status = "paid", PageSize = 100 });

        Assert.Equal(paid, ids);
    }

    [Fact]
    public async Task Without_livemode_the_server_answers_with_live_data()
    {
        using var response = await fixture.Http.GetAsync("api/invoices?pageSize=100&include_staking=true&include_return_staking=true");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fixture.LiveInvoices.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.All(json.RootElement.GetProperty("list").EnumerateArray(), i => Assert.True(i.GetProperty("livemode").GetBoolean()));
    }
}
