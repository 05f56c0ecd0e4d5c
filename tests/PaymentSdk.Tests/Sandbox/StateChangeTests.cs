using System.Net;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>Update, void and return stake: each test starts a sandbox of its own, on a fixed clock.</summary>
public sealed class StateChangeTests
{
    /// <summary>Whole seconds: void and paid times travel as Unix seconds.</summary>
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private static Task<PaymentSandbox> StartAsync() => PaymentSandbox.StartAsync(new PaymentSandboxOptions { TimeProvider = new FixedClock(Now) });

    private static InvoiceWithDiscount First(PaymentSandbox sandbox, Func<InvoiceWithDiscount, bool> predicate) =>
        sandbox.Data.GetInvoices(false).First(predicate);

    private static InvoiceWithDiscount Stored(PaymentSandbox sandbox, string id) => sandbox.Data.GetInvoices(false).Single(i => i.Id == id);

    private static InvoiceWithDiscount UnreturnedPaidStake(PaymentSandbox sandbox) =>
        First(sandbox, i => Expected.IsStake(i) && i.Status == "paid" && !sandbox.Data.GetReturnedStakes(false).Contains(i.Id));

    private static Dictionary<string, object?> Metadata(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    // ---- void ----

    [Theory]
    [InlineData("open")]
    [InlineData("uncollectible")]
    public async Task Voiding_an_open_or_uncollectible_invoice_makes_it_void_at_the_sandbox_time(string status)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => i.Status == status && i.PaymentIntent is not null);

        var voided = await payment.Invoices.VoidAsync(stored.Id);

        Assert.Equal(stored.Id, voided.Id);
        Assert.Equal(InvoiceStatus.Void, voided.Status);
        Assert.Equal(Now, voided.StatusTransitions!.VoidedAt);
        Assert.Equal(Now, voided.UpdatedAt);
        Assert.False(voided.AutoAdvance);
        Assert.Equal(stored.Total, voided.Total);

        var retrieved = await payment.Invoices.RetrieveAsync(stored.Id);
        Assert.Equal(InvoiceStatus.Void, retrieved.Status);
        Assert.Equal(Now, retrieved.StatusTransitions!.VoidedAt);
        Assert.Equal(stored.StatusTransitions!.FinalizedAt, retrieved.StatusTransitions.FinalizedAt);
        Assert.Equal("canceled", retrieved.PaymentIntent!.Status);
        Assert.Equal("void_invoice", retrieved.PaymentIntent.CancellationReason);
        Assert.Equal(Now, retrieved.PaymentIntent.CanceledAt);
        Assert.Equal("void", Stored(sandbox, stored.Id).Status);

        var voidList = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { Status = "void", IncludeStaking = true, PageSize = 100 });
        Assert.Contains(stored.Id, voidList);
        var statusList = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { Status = status, IncludeStaking = true, PageSize = 100 });
        Assert.DoesNotContain(stored.Id, statusList);
    }

    [Theory]
    [InlineData("paid")]
    [InlineData("draft")]
    [InlineData("void")]
    public async Task Voiding_an_invoice_that_is_not_open_is_400_with_the_servers_message(string status)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => i.Status == status);

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.VoidAsync(stored.Id));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal($"Invoice {stored.Id} cannot be voided: its status is {status}, and only open or uncollectible invoices can be voided", error.ServerMessage);
        var after = Stored(sandbox, stored.Id);
        Assert.Equal(status, after.Status);
        Assert.Equal(stored.UpdatedAt, after.UpdatedAt);
        Assert.Equal(stored.StatusTransitions!.VoidedAt, after.StatusTransitions!.VoidedAt);
    }

    [Fact]
    public async Task Voiding_twice_is_refused_the_second_time()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => i.Status == "open");

        await payment.Invoices.VoidAsync(stored.Id);
        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.VoidAsync(stored.Id));

        Assert.Contains("its status is void", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voiding_an_unknown_invoice_is_404()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Invoices.VoidAsync("in_unknown"));

        Assert.Equal("Invoice in_unknown not found in test mode", error.ServerMessage);
    }

    // ---- return stake ----

    [Fact]
    public async Task Returning_a_stake_once_succeeds_then_nothing_is_left_to_return()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stake = UnreturnedPaidStake(sandbox);
        var allKinds = new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 100 };
        var before = await payment.Invoices.ListIdsAsync(allKinds);

        var info = await payment.Invoices.GetReturnStakeAsync(stake.Id);
        Assert.Equal(stake.Total, info.Total);
        Assert.Equal(stake.Total, info.ReturnAmount);
        Assert.True(info.ReturnAmount!.Value.ToBigInteger() > 0);

        var result = await payment.Invoices.ReturnStakeAsync(stake.Id);
        Assert.True(result.Success);
        Assert.Equal(stake.SubscriptionId, result.SubscriptionId);
        Assert.Null(result.Error);
        Assert.Contains(stake.Id, sandbox.Data.GetReturnedStakes(false));

        var after = await payment.Invoices.GetReturnStakeAsync(stake.Id);
        Assert.Equal(Amount.Zero, after.ReturnAmount);
        Assert.Equal(stake.Total, after.Total);

        var again = await payment.Invoices.ReturnStakeAsync(stake.Id);
        Assert.False(again.Success);
        Assert.False(string.IsNullOrWhiteSpace(again.Error));
        Assert.Contains(stake.Id, again.Error, StringComparison.Ordinal);

        // One record of the return, and only one, newest first.
        var afterIds = await payment.Invoices.ListIdsAsync(allKinds);
        var added = Assert.Single(afterIds.Except(before));
        var record = await payment.Invoices.RetrieveAsync(added);
        Assert.True(Expected.IsReturnStakeRecord(record));
        Assert.Equal(stake.Id, Expected.MetadataString(record, "stake_invoice_id"));
        Assert.Equal(Now, record.CreatedAt);
        Assert.Equal(stake.Total, record.Total);
        Assert.Equal(stake.CustomerId, record.CustomerId);
        Assert.Equal(record.Id, afterIds[0]);
        Assert.Equal(before.Count + 1, afterIds.Count);
    }

    [Fact]
    public async Task Returning_a_stake_from_many_callers_at_once_succeeds_exactly_once()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stake = UnreturnedPaidStake(sandbox);
        var count = sandbox.Data.GetInvoices(false).Count;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => payment.Invoices.ReturnStakeAsync(stake.Id)));

        Assert.Single(results, r => r.Success);
        Assert.Equal(7, results.Count(r => !r.Success && r.Error is not null));
        Assert.Equal(count + 1, sandbox.Data.GetInvoices(false).Count);
    }

    [Fact]
    public async Task Voiding_from_many_callers_at_once_succeeds_exactly_once()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var open = First(sandbox, i => i.Status == "open");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await payment.Invoices.VoidAsync(open.Id);
                return true;
            }
            catch (PaymentInvalidRequestException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, voided => voided);
    }

    [Fact]
    public async Task A_stake_returned_at_an_earlier_time_is_listed_in_date_order()
    {
        var clock = new FixedClock(Now);
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { TimeProvider = clock });
        using var payment = SandboxClients.Create(sandbox);
        var stake = sandbox.Data.GetInvoices(false).Where(i => Expected.IsStake(i) && i.Status == "paid" && !sandbox.Data.GetReturnedStakes(false).Contains(i.Id)).ElementAt(3);
        // Ten minutes after the stake, among the seed's dates (invoices are at least an hour apart).
        var returnedAt = DateTimeOffset.FromUnixTimeSeconds(stake.CreatedAt!.Value.ToUnixTimeSeconds() + 600);
        clock.Now = returnedAt;

        await payment.Invoices.ReturnStakeAsync(stake.Id);

        var invoices = await payment.Invoices.ListAutoPagingAsync(new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 100 }).CollectAsync();
        Assert.Equal(sandbox.Data.GetInvoices(false).Ids(), invoices.Ids());
        var index = invoices.FindIndex(i => i.CreatedAt == returnedAt && Expected.IsReturnStakeRecord(i));
        Assert.InRange(index, 1, invoices.Count - 2);
        Assert.Equal(stake.Id, invoices[index + 1].Id);
        Assert.True(invoices.Zip(invoices.Skip(1)).All(pair => pair.First.CreatedAt > pair.Second.CreatedAt), "the list must stay newest first");
    }

    [Fact]
    public async Task The_record_of_a_returned_stake_has_line_items_and_a_payment_of_its_own()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stake = UnreturnedPaidStake(sandbox);

        await payment.Invoices.ReturnStakeAsync(stake.Id);
        var recordId = sandbox.Data.GetInvoices(false).Single(i => i.CreatedAt == Now && Expected.IsReturnStakeRecord(i)).Id;
        var record = await payment.Invoices.RetrieveAsync(recordId);

        // As the seed's own records of returned stakes are: every line item belongs to one invoice.
        Assert.All(record.Lines, line => Assert.Equal(record.Id, line.InvoiceId));
        Assert.Empty(record.Lines.Select(l => l.Id).Intersect(stake.Lines.Select(l => l.Id)));
        var lineIds = sandbox.Data.GetInvoices(false).SelectMany(i => i.Lines).Select(l => l.Id).ToList();
        Assert.Equal(lineIds.Count, lineIds.Distinct(StringComparer.Ordinal).Count());
        // A paid stake was paid through a payment intent; the record of its return has one of its own.
        Assert.NotNull(stake.PaymentIntentId);
        var intent = Assert.IsType<PaymentIntent>(record.PaymentIntent, exactMatch: false);
        Assert.NotEqual(stake.PaymentIntentId, intent.Id);
        Assert.Equal((record.Id, record.PaymentIntentId), (intent.InvoiceId, intent.Id));
    }

    [Fact]
    public async Task The_seeds_records_of_returned_stakes_have_line_items_and_payments_of_their_own()
    {
        await using var sandbox = await StartAsync();
        var invoices = sandbox.Data.GetInvoices(false);

        var lineIds = invoices.SelectMany(i => i.Lines).Select(l => l.Id).ToList();
        Assert.Equal(lineIds.Count, lineIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(invoices.Where(Expected.IsReturnStakeRecord), record =>
        {
            Assert.All(record.Lines, line => Assert.Equal(record.Id, line.InvoiceId));
            Assert.Equal(record.Id, record.PaymentIntent!.InvoiceId);
        });
    }

    [Fact]
    public async Task A_returned_stake_record_is_listed_only_with_include_return_staking()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stake = UnreturnedPaidStake(sandbox);

        await payment.Invoices.ReturnStakeAsync(stake.Id);
        var record = sandbox.Data.GetInvoices(false).Single(i => Expected.MetadataString(i, "stake_invoice_id") == stake.Id && i.CreatedAt == Now);

        var plain = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { PageSize = 100 });
        var staking = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { IncludeStaking = true, PageSize = 100 });
        var returns = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { IncludeReturnStaking = true, PageSize = 100 });
        var byCustomer = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { CustomerId = stake.CustomerId, IncludeReturnStaking = true, PageSize = 100 });

        Assert.DoesNotContain(record.Id, plain);
        Assert.DoesNotContain(record.Id, staking);
        Assert.Contains(record.Id, returns);
        Assert.Contains(record.Id, byCustomer);
    }

    [Fact]
    public async Task A_stake_returned_in_the_seed_has_nothing_left_to_return()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var returnedId = sandbox.Data.GetReturnedStakes(false).First();
        var stake = Stored(sandbox, returnedId);

        var info = await payment.Invoices.GetReturnStakeAsync(returnedId);
        var result = await payment.Invoices.ReturnStakeAsync(returnedId);

        Assert.Equal(stake.Total, info.Total);
        Assert.Equal(Amount.Zero, info.ReturnAmount);
        Assert.False(result.Success);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task Return_stake_on_an_invoice_that_is_not_a_stake_is_400()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var invoice = First(sandbox, i => i.Status == "paid" && i.BillingReason == "subscription_cycle");

        var get = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.GetReturnStakeAsync(invoice.Id));
        var post = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.ReturnStakeAsync(invoice.Id));

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal($"Invoice {invoice.Id} is not a stake invoice (billing reason subscription_cycle)", get.ServerMessage);
        Assert.Equal(get.ServerMessage, post.ServerMessage);
        Assert.DoesNotContain(invoice.Id, sandbox.Data.GetReturnedStakes(false));
    }

    [Fact]
    public async Task Return_stake_on_an_unpaid_stake_invoice_is_400()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stake = First(sandbox, i => Expected.IsStake(i) && i.Status == "open");
        var count = sandbox.Data.GetInvoices(false).Count;

        var get = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.GetReturnStakeAsync(stake.Id));
        var post = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.ReturnStakeAsync(stake.Id));

        Assert.Equal($"The stake of invoice {stake.Id} cannot be returned: the invoice is open, not paid", get.ServerMessage);
        Assert.Equal(get.ServerMessage, post.ServerMessage);
        Assert.DoesNotContain(stake.Id, sandbox.Data.GetReturnedStakes(false));
        Assert.Equal(count, sandbox.Data.GetInvoices(false).Count);
    }

    [Fact]
    public async Task Return_stake_on_a_returned_stake_record_is_400()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var record = First(sandbox, Expected.IsReturnStakeRecord);

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Invoices.ReturnStakeAsync(record.Id));

        Assert.Equal($"Invoice {record.Id} records a returned stake; it has no stake of its own", error.ServerMessage);
    }

    [Fact]
    public async Task Return_stake_on_an_unknown_invoice_is_404()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Invoices.GetReturnStakeAsync("in_unknown"));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Invoices.ReturnStakeAsync("in_unknown"));
    }

    // ---- update ----

    [Fact]
    public async Task Update_merges_the_metadata_and_keeps_existing_keys()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => Expected.Shown(i) && Expected.MetadataString(i, "channel") is not null);
        var channel = Expected.MetadataString(stored, "channel");

        var updated = await payment.Invoices.UpdateAsync(stored.Id, new InvoiceUpdateOptions
        {
            Metadata = Metadata(("note", "called the customer"), ("attempts", 3), ("vip", true), ("tags", new List<object?> { "a", "b" })),
        });

        Assert.Equal(stored.Id, updated.Id);
        Assert.Equal(Now, updated.UpdatedAt);
        var metadata = updated.Metadata!;
        Assert.Equal(channel, metadata["channel"].GetString());
        Assert.Equal("called the customer", metadata["note"].GetString());
        Assert.Equal(3, metadata["attempts"].GetInt32());
        Assert.True(metadata["vip"].GetBoolean());
        Assert.Equal(new[] { "a", "b" }, metadata["tags"].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(stored.Metadata!.Count + 4, metadata.Count);

        var retrieved = await payment.Invoices.RetrieveAsync(stored.Id);
        Assert.Equal(metadata.Keys.Order(StringComparer.Ordinal), retrieved.Metadata!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("called the customer", Expected.MetadataString(retrieved, "note"));
        Assert.Equal(stored.Status, retrieved.Status);
        Assert.Equal(stored.Total, retrieved.Total);
    }

    [Fact]
    public async Task Update_with_a_null_value_removes_that_key_only()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => Expected.MetadataString(i, "channel") is not null);

        await payment.Invoices.UpdateAsync(stored.Id, new InvoiceUpdateOptions { Metadata = Metadata(("note", "x"), ("other", "y")) });
        var updated = await payment.Invoices.UpdateAsync(stored.Id, new InvoiceUpdateOptions { Metadata = Metadata(("note", null), ("channel", null)) });

        Assert.False(updated.Metadata!.ContainsKey("note"));
        Assert.False(updated.Metadata.ContainsKey("channel"));
        Assert.Equal("y", updated.Metadata["other"].GetString());
        var retrieved = await payment.Invoices.RetrieveAsync(stored.Id);
        Assert.Equal(new[] { "other" }, retrieved.Metadata!.Keys.Where(k => k != "order_id"));
    }

    [Fact]
    public async Task Update_overwrites_a_key_and_the_metadata_filter_sees_the_new_value()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => Expected.Shown(i) && Expected.MetadataString(i, "channel") == "web");
        var filter = new Dictionary<string, string> { ["channel"] = "partner" };
        Assert.Equal(0, (await payment.Invoices.ListAsync(new InvoiceListOptions { Metadata = filter })).Count);

        var updated = await payment.Invoices.UpdateAsync(stored.Id, new InvoiceUpdateOptions { Metadata = Metadata(("channel", "partner")) });

        Assert.Equal("partner", updated.Metadata!["channel"].GetString());
        var ids = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { Metadata = filter, PageSize = 100 });
        Assert.Equal(new[] { stored.Id }, ids);
        var web = await payment.Invoices.ListIdsAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["channel"] = "web" }, PageSize = 100 });
        Assert.DoesNotContain(stored.Id, web);
    }

    [Fact]
    public async Task Update_accepts_keys_and_values_at_the_limits()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);
        var stored = First(sandbox, i => i.Status == "paid");
        var key = new string('k', 40);
        var value = new string('v', 500);

        var updated = await payment.Invoices.UpdateAsync(stored.Id, new InvoiceUpdateOptions { Metadata = Metadata((key, value)) });

        Assert.Equal(value, updated.Metadata![key].GetString());
    }

    [Fact]
    public async Task Update_of_an_unknown_invoice_is_404()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox);

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() =>
            payment.Invoices.UpdateAsync("in_unknown", new InvoiceUpdateOptions { Metadata = Metadata(("a", "b")) }));

        Assert.Equal("Invoice in_unknown not found in test mode", error.ServerMessage);
    }

    [Fact]
    public async Task State_changes_in_one_sandbox_do_not_reach_another()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        using var payment = SandboxClients.Create(first);
        var open = First(first, i => i.Status == "open");

        await payment.Invoices.VoidAsync(open.Id);

        Assert.Equal("void", Stored(first, open.Id).Status);
        Assert.Equal("open", Stored(second, open.Id).Status);
        Assert.Equal(second.Data.GetInvoices(false).Ids(), first.Data.GetInvoices(false).Ids());
    }
}
