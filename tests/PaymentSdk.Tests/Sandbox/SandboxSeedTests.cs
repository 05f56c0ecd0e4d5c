using System.Numerics;
using PaymentSdk.Sandbox;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>What the sandbox's seed promises, read through its store's copies.</summary>
public sealed class SandboxSeedTests
{
    private static readonly string[] SchemaStatuses = ["draft", "open", "void", "paid", "uncollectible"];

    private static readonly string[] SchemaBillingReasons =
    [
        "subscription_create", "subscription_cycle", "subscription_update", "subscription_recover", "subscription_threshold",
        "subscription_cancel", "subscription", "manual", "upcoming", "slash_stake", "stake", "overdraft_protection",
        "stake_overdraft_protection", "recharge", "auto_recharge",
    ];

    [Fact]
    public async Task Test_mode_covers_the_schema_with_at_least_200_invoices_over_at_least_20_customers()
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        var invoices = sandbox.Data.GetInvoices(livemode: false);

        Assert.True(invoices.Count >= 200, $"{invoices.Count} invoices");
        Assert.True(invoices.Select(i => i.CustomerId).Distinct().Count() >= 20);
        Assert.Empty(SchemaStatuses.Except(invoices.Select(i => i.Status)));
        Assert.Empty(SchemaBillingReasons.Except(invoices.Select(i => i.BillingReason)));
        Assert.Contains(invoices, i => i.PaymentCurrency!.Decimal == 18);
        Assert.Contains(invoices, i => i.PaymentCurrency!.Decimal == 6);
        Assert.Contains(invoices, i => i.BillingReason == "stake" && i.Status == "paid");
        Assert.Contains(invoices, i => i.DiscountDetails is { Count: > 0 } details && details[0].Coupon is not null && details[0].PromotionCode is not null);
        Assert.Contains(invoices, i => i.RelatedCreditGrants is { Count: > 0 });
        Assert.Contains(invoices, i => i.Total.ToBigInteger().IsZero);
        Assert.Contains(invoices, i => i.Total.ToBigInteger() > ulong.MaxValue);
        Assert.Contains(invoices, i => i.Total.ToBigInteger() >= BigInteger.Pow(10, 30));
        Assert.All(invoices, i => Assert.False(i.Livemode));
        Assert.All(invoices, i => Assert.Equal(i.Subtotal.ToBigInteger() - (i.TotalDiscountAmounts ?? []).Aggregate(BigInteger.Zero, (s, d) => s + d.Amount.ToBigInteger()), i.Total.ToBigInteger()));
        Assert.All(invoices, i => Assert.Equal(i.Lines.Aggregate(BigInteger.Zero, (s, l) => s + l.Amount.ToBigInteger()), i.Subtotal.ToBigInteger()));
    }

    [Fact]
    public async Task Live_mode_is_a_separate_set()
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        var test = sandbox.Data.GetInvoices(livemode: false);
        var live = sandbox.Data.GetInvoices(livemode: true);

        Assert.NotEmpty(live);
        Assert.All(live, i => Assert.True(i.Livemode && i.Customer!.Livemode && i.PaymentCurrency!.Livemode));
        Assert.Empty(live.Select(i => i.Id).Intersect(test.Select(i => i.Id)));
        Assert.Empty(live.Select(i => i.CustomerId).Intersect(test.Select(i => i.CustomerId)));
    }

    [Fact]
    public async Task Every_start_holds_the_same_data_newest_first()
    {
        await using var first = await PaymentSandbox.StartAsync();
        await using var second = await PaymentSandbox.StartAsync();
        foreach (var livemode in new[] { false, true })
        {
            var a = first.Data.GetInvoices(livemode);
            var b = second.Data.GetInvoices(livemode);
            Assert.Equal(a.Select(Fingerprint), b.Select(Fingerprint));
            Assert.Equal(a.OrderByDescending(i => i.CreatedAt).Select(i => i.Id), a.Select(i => i.Id));
        }
    }

    private static string Fingerprint(InvoiceWithDiscount i) => $"{i.Id} {i.Number} {i.Status} {i.BillingReason} {i.Total} {i.CreatedAt:O} {i.Customer!.Did}";
}
