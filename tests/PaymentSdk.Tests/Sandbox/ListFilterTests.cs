using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>
/// Every list filter through the SDK: the ids it returns (all pages, in order) against a set computed
/// here from the store's data with the documented rules.
/// </summary>
public sealed class ListFilterTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private IInvoiceService Sdk => fixture.Test.Invoices;

    private IReadOnlyList<InvoiceWithDiscount> Seed => fixture.TestInvoices;

    /// <summary>
    /// Lists with <paramref name="options"/> (auto-paging, 100 a page), and checks the ids and the
    /// count of a small first page against the invoices <paramref name="expected"/> picks.
    /// </summary>
    private async Task<List<string>> AssertListAsync(InvoiceListOptions options, Func<InvoiceWithDiscount, bool> expected, int atLeast = 1)
    {
        var expectedIds = Seed.Where(expected).Ids();
        Assert.True(expectedIds.Count >= atLeast, $"the seed should hold at least {atLeast} matching invoices, not {expectedIds.Count}");

        options.PageSize = 100;
        var ids = await Sdk.ListIdsAsync(options);
        Assert.Equal(expectedIds, ids);

        options.PageSize = 5;
        var first = await Sdk.ListAsync(options);
        Assert.Equal(expectedIds.Count, first.Count);
        Assert.Equal(expectedIds.Take(5), first.List.Select(i => i.Id));
        return ids;
    }

    private int ShownByDefault => Seed.Count(i => Expected.Shown(i));

    [Theory]
    [InlineData("paid")]
    [InlineData("open")]
    [InlineData("draft")]
    [InlineData("void")]
    [InlineData("uncollectible")]
    public async Task Status_filters_on_one_status(string status)
    {
        var ids = await AssertListAsync(new InvoiceListOptions { Status = status }, i => Expected.Shown(i) && i.Status == status);
        Assert.True(ids.Count < ShownByDefault);
    }

    [Fact]
    public async Task Status_takes_a_comma_separated_list()
    {
        var ids = await AssertListAsync(new InvoiceListOptions { Status = "open,uncollectible" },
            i => Expected.Shown(i) && i.Status is "open" or "uncollectible");

        var open = await Sdk.ListIdsAsync(new InvoiceListOptions { Status = "open", PageSize = 100 });
        var uncollectible = await Sdk.ListIdsAsync(new InvoiceListOptions { Status = "uncollectible", PageSize = 100 });
        Assert.Equal(open.Count + uncollectible.Count, ids.Count);
        Assert.Equal(open.Concat(uncollectible).ToHashSet(), ids.ToHashSet());
    }

    [Fact]
    public async Task Status_with_a_value_no_invoice_has_matches_nothing()
    {
        var page = await Sdk.ListAsync(new InvoiceListOptions { Status = "refunded" });

        Assert.Equal(0, page.Count);
        Assert.Empty(page.List);
    }

    [Fact]
    public async Task Customer_id_filters_on_the_customer()
    {
        var customerId = Seed.GroupBy(i => i.CustomerId).OrderByDescending(g => g.Count()).First().Key;

        var ids = await AssertListAsync(new InvoiceListOptions { CustomerId = customerId }, i => Expected.Shown(i) && i.CustomerId == customerId, atLeast: 3);

        Assert.True(ids.Count < ShownByDefault);
    }

    [Fact]
    public async Task Customer_did_filters_on_the_customer_with_that_did()
    {
        var customer = Seed.Select(i => i.Customer!).First(c => Seed.Count(i => i.CustomerId == c.Id && Expected.Shown(i)) >= 3);

        var byDid = await AssertListAsync(new InvoiceListOptions { CustomerDid = customer.Did }, i => Expected.Shown(i) && i.Customer!.Did == customer.Did, atLeast: 3);

        var byId = await Sdk.ListIdsAsync(new InvoiceListOptions { CustomerId = customer.Id, PageSize = 100 });
        Assert.Equal(byId, byDid);
    }

    [Fact]
    public async Task An_unknown_customer_did_matches_nothing()
    {
        var page = await Sdk.ListAsync(new InvoiceListOptions { CustomerDid = "zNotACustomerOfThisSandbox1234567890" });

        Assert.Equal(0, page.Count);
        Assert.Empty(page.List);
    }

    [Fact]
    public async Task Subscription_id_filters_on_the_subscription_and_returns_it()
    {
        var subscription = Seed.Where(i => i.Subscription is not null).GroupBy(i => i.SubscriptionId).OrderByDescending(g => g.Count()).First().First().Subscription!;
        var options = new InvoiceListOptions { SubscriptionId = subscription.Id };

        await AssertListAsync(options, i => Expected.Shown(i) && i.SubscriptionId == subscription.Id, atLeast: 3);

        var page = await Sdk.ListAsync(new InvoiceListOptions { SubscriptionId = subscription.Id });
        Assert.Equal(subscription.Id, page.Subscription?.Id);
        Assert.Equal(subscription.CustomerId, page.Subscription?.CustomerId);
    }

    [Fact]
    public async Task Include_recovered_from_also_matches_the_subscription_it_was_recovered_from()
    {
        var recovered = Seed.Select(i => i.Subscription).First(s => s?.RecoveredFrom is not null)!;
        var both = new HashSet<string> { recovered.Id, recovered.RecoveredFrom! };

        var without = await AssertListAsync(new InvoiceListOptions { SubscriptionId = recovered.Id },
            i => Expected.Shown(i) && i.SubscriptionId == recovered.Id);
        var with = await AssertListAsync(new InvoiceListOptions { SubscriptionId = recovered.Id, IncludeRecoveredFrom = true },
            i => Expected.Shown(i) && i.SubscriptionId is not null && both.Contains(i.SubscriptionId));

        Assert.Subset(with.ToHashSet(), without.ToHashSet());
    }

    [Fact]
    public async Task Include_recovered_from_adds_the_invoices_of_the_lapsed_subscription()
    {
        var recovered = Seed.Select(i => i.Subscription).Where(s => s?.RecoveredFrom is not null).DistinctBy(s => s!.Id).ToList();
        Assert.NotEmpty(recovered);

        var added = 0;
        foreach (var subscription in recovered)
        {
            var without = await Sdk.ListIdsAsync(new InvoiceListOptions { SubscriptionId = subscription!.Id, PageSize = 100 });
            var with = await Sdk.ListIdsAsync(new InvoiceListOptions { SubscriptionId = subscription.Id, IncludeRecoveredFrom = true, PageSize = 100 });
            added += with.Except(without).Count(id => Seed.Single(i => i.Id == id).SubscriptionId == subscription.RecoveredFrom);
        }

        // The seed should give the flag something to find: invoices of a subscription that another was recovered from.
        Assert.True(added > 0, "no seeded invoice belongs to a subscription that another was recovered from");
    }

    [Fact]
    public async Task Include_recovered_from_on_a_subscription_not_recovered_changes_nothing()
    {
        var plain = Seed.Select(i => i.Subscription).First(s => s is not null && s.RecoveredFrom is null)!;

        var without = await Sdk.ListIdsAsync(new InvoiceListOptions { SubscriptionId = plain.Id, PageSize = 100 });
        var with = await AssertListAsync(new InvoiceListOptions { SubscriptionId = plain.Id, IncludeRecoveredFrom = true },
            i => Expected.Shown(i) && i.SubscriptionId == plain.Id);

        Assert.Equal(without, with);
    }

    [Fact]
    public async Task Currency_id_filters_on_the_payment_currency()
    {
        var usdc = Seed.First(i => i.PaymentCurrency?.Symbol == "USDC").CurrencyId;
        var abt = Seed.First(i => i.PaymentCurrency?.Decimal == 18).CurrencyId;

        var usdcIds = await AssertListAsync(new InvoiceListOptions { CurrencyId = usdc }, i => Expected.Shown(i) && i.CurrencyId == usdc, atLeast: 10);
        var abtIds = await AssertListAsync(new InvoiceListOptions { CurrencyId = abt }, i => Expected.Shown(i) && i.CurrencyId == abt, atLeast: 10);

        Assert.Empty(usdcIds.Intersect(abtIds));
        Assert.Equal(ShownByDefault, usdcIds.Count + abtIds.Count);
    }

    [Fact]
    public async Task Ignore_zero_leaves_out_invoices_whose_total_is_zero()
    {
        var zero = Seed.Where(i => Expected.Shown(i) && i.Total.ToBigInteger().IsZero).Ids();
        Assert.NotEmpty(zero);

        var ids = await AssertListAsync(new InvoiceListOptions { IgnoreZero = true }, i => Expected.Shown(i) && !i.Total.ToBigInteger().IsZero);
        Assert.Empty(ids.Intersect(zero));

        var all = await AssertListAsync(new InvoiceListOptions { IgnoreZero = false }, i => Expected.Shown(i));
        Assert.Subset(all.ToHashSet(), zero.ToHashSet());
    }

    [Fact]
    public async Task Stake_invoices_are_hidden_unless_include_staking()
    {
        var stakes = Seed.Where(Expected.IsStake).Ids();
        Assert.NotEmpty(stakes);

        var byDefault = await AssertListAsync(new InvoiceListOptions(), i => Expected.Shown(i));
        var explicitlyOff = await AssertListAsync(new InvoiceListOptions { IncludeStaking = false }, i => Expected.Shown(i));
        var withStaking = await AssertListAsync(new InvoiceListOptions { IncludeStaking = true }, i => Expected.Shown(i, staking: true));

        Assert.Empty(byDefault.Intersect(stakes));
        Assert.Equal(byDefault, explicitlyOff);
        Assert.Subset(withStaking.ToHashSet(), stakes.ToHashSet());
        Assert.Equal(byDefault.Count + stakes.Count, withStaking.Count);
    }

    [Fact]
    public async Task Returned_stake_records_show_only_with_include_return_staking()
    {
        var records = Seed.Where(Expected.IsReturnStakeRecord).Ids();
        Assert.NotEmpty(records);

        var withStaking = await AssertListAsync(new InvoiceListOptions { IncludeStaking = true }, i => Expected.Shown(i, staking: true));
        var withReturns = await AssertListAsync(new InvoiceListOptions { IncludeReturnStaking = true }, i => Expected.Shown(i, returnStaking: true));
        var withBoth = await AssertListAsync(new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true },
            i => Expected.Shown(i, staking: true, returnStaking: true));

        Assert.Empty(withStaking.Intersect(records));
        Assert.Subset(withReturns.ToHashSet(), records.ToHashSet());
        Assert.Equal(Seed.Count, withBoth.Count);
    }

    [Fact]
    public async Task Include_overdraft_protection_false_leaves_out_overdraft_protection_invoices()
    {
        var overdraft = Seed.Where(i => i.BillingReason == "overdraft_protection").Ids();
        Assert.NotEmpty(overdraft);

        var byDefault = await AssertListAsync(new InvoiceListOptions { IncludeOverdraftProtection = true }, i => Expected.Shown(i));
        var without = await AssertListAsync(new InvoiceListOptions { IncludeOverdraftProtection = false }, i => Expected.Shown(i, overdraftProtection: false));
        var stakesWithout = await AssertListAsync(new InvoiceListOptions { IncludeOverdraftProtection = false, IncludeStaking = true },
            i => Expected.Shown(i, staking: true, overdraftProtection: false));

        Assert.Subset(byDefault.ToHashSet(), overdraft.ToHashSet());
        Assert.Empty(without.Intersect(overdraft));
        Assert.DoesNotContain(stakesWithout, id => Seed.Single(i => i.Id == id).BillingReason == "stake_overdraft_protection");
        Assert.Contains(stakesWithout, id => Seed.Single(i => i.Id == id).BillingReason == "stake");
    }

    [Theory]
    [InlineData("web")]
    [InlineData("app")]
    [InlineData("api")]
    public async Task Metadata_channel_filters_on_the_metadata_value(string channel)
    {
        await AssertListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["channel"] = channel } },
            i => Expected.Shown(i) && Expected.MetadataString(i, "channel") == channel, atLeast: 10);
    }

    [Fact]
    public async Task Metadata_order_id_finds_the_one_invoice_with_that_order()
    {
        var invoice = Seed.First(i => Expected.Shown(i) && Expected.MetadataString(i, "order_id") is not null);
        var orderId = Expected.MetadataString(invoice, "order_id")!;

        var ids = await AssertListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["order_id"] = orderId } },
            i => Expected.Shown(i) && Expected.MetadataString(i, "order_id") == orderId);

        Assert.Equal(new[] { invoice.Id }, ids);
    }

    [Fact]
    public async Task Metadata_filters_combine_with_each_other_and_with_other_filters()
    {
        await AssertListAsync(new InvoiceListOptions { Status = "paid", Metadata = new Dictionary<string, string> { ["channel"] = "web" } },
            i => Expected.Shown(i) && i.Status == "paid" && Expected.MetadataString(i, "channel") == "web", atLeast: 3);

        var returnOf = Seed.First(Expected.IsReturnStakeRecord);
        await AssertListAsync(
            new InvoiceListOptions
            {
                IncludeReturnStaking = true,
                Metadata = new Dictionary<string, string> { ["kind"] = "return_stake", ["stake_invoice_id"] = Expected.MetadataString(returnOf, "stake_invoice_id")! },
            },
            i => i.Id == returnOf.Id);

        var none = await Sdk.ListAsync(new InvoiceListOptions { Metadata = new Dictionary<string, string> { ["channel"] = "fax" } });
        Assert.Equal(0, none.Count);
    }

    [Fact]
    public async Task Filters_combine_customer_status_and_currency()
    {
        var sample = Seed.Where(i => Expected.Shown(i)).GroupBy(i => (i.CustomerId, i.Status, i.CurrencyId)).OrderByDescending(g => g.Count()).First().First();

        await AssertListAsync(new InvoiceListOptions { CustomerId = sample.CustomerId, Status = sample.Status, CurrencyId = sample.CurrencyId },
            i => Expected.Shown(i) && i.CustomerId == sample.CustomerId && i.Status == sample.Status && i.CurrencyId == sample.CurrencyId, atLeast: 2);
    }

    [Fact]
    public async Task Pages_are_disjoint_newest_first_and_each_carries_the_total_count()
    {
        var options = new InvoiceListOptions { Status = "paid,open", IncludeStaking = true };
        var expected = Seed.Where(i => Expected.Shown(i, staking: true) && i.Status is "paid" or "open").ToList();
        Assert.True(expected.Count > 50);

        var seen = new List<InvoiceExpanded>();
        const int pageSize = 13;
        var pages = (expected.Count + pageSize - 1) / pageSize;
        for (var page = 1; page <= pages + 1; page++)
        {
            var result = await Sdk.ListAsync(new InvoiceListOptions { Status = options.Status, IncludeStaking = true, Page = page, PageSize = pageSize });
            Assert.Equal(expected.Count, result.Count);
            var size = page < pages ? pageSize : page == pages ? expected.Count - (pages - 1) * pageSize : 0;
            Assert.Equal(size, result.List.Count);
            seen.AddRange(result.List);
        }

        Assert.Equal(expected.Ids(), seen.Ids());
        Assert.Equal(seen.Count, seen.Select(i => i.Id).Distinct().Count());
        Assert.True(seen.Zip(seen.Skip(1)).All(pair => pair.First.CreatedAt > pair.Second.CreatedAt), "pages must be newest first");
    }

    [Fact]
    public async Task The_default_page_size_is_twenty()
    {
        var expected = Seed.Where(i => Expected.Shown(i)).Ids();

        var second = await Sdk.ListAsync(new InvoiceListOptions { Page = 2 });

        Assert.Equal(expected.Count, second.Count);
        Assert.Equal(expected.Skip(20).Take(20), second.List.Select(i => i.Id));
    }
}
