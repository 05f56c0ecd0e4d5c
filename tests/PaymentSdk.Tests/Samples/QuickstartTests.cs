using Invoices.Quickstart;
using PaymentSdk.Sandbox;

namespace PaymentSdk.Tests.Samples;

/// <summary>The quickstart's entry point, run against the sandbox in both of its modes.</summary>
public sealed class QuickstartTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Without_configuration_it_walks_every_method_through_an_in_process_sandbox()
    {
        var output = new StringWriter();
        var exit = await Quickstart.RunAsync([], output, _ => null, None);
        var lines = output.ToString().Split(Environment.NewLine);

        Assert.Equal(0, exit);
        Assert.StartsWith("PaymentSdk quickstart: talking to the offline sandbox at http://127.0.0.1:", lines[0]);
        var steps = lines.Where(line => line.Length > 2 && char.IsDigit(line[0]) && line[1] == '.').Select(line => line[3..]).ToList();
        Assert.Equal(["list", "search", "retrieve", "update", "void", "getReturnStake", "returnStake", "errors", "auto-paging"],
            steps.Select(step => step[..step.IndexOf(':')]));
        Assert.DoesNotContain("skipped", output.ToString());
        Assert.Equal("Done.", lines.Last(line => line.Length > 0));

        // Every sandbox starts from the same seed: a fresh one says what the walkthrough should have shown.
        await using var reference = await PaymentSandbox.StartAsync();
        var seeded = reference.Data.GetInvoices(livemode: false);
        var newest = seeded.Where(i => i.Status is "paid" or "open" && !IsStake(i)).Take(5).ToList();
        var rows = lines.SkipWhile(line => !line.StartsWith("1. ", StringComparison.Ordinal)).Skip(1).Take(5).ToList();
        for (var n = 0; n < 5; n++)
        {
            Assert.StartsWith("   " + newest[n].Number, rows[n]);
            // Amounts in token units, with the currency's decimals and symbol, exactly (no rounding).
            Assert.Contains($" {newest[n].PaymentCurrency!.FormatAmount(newest[n].Total)} {newest[n].PaymentCurrency!.Symbol} ", rows[n]);
        }
        Assert.Contains(lines, line => line.StartsWith("5. void: ", StringComparison.Ordinal) && line.Contains("is now void", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("7. returnStake: success=True, subscription sub_", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("   again: success=False, \"The stake of invoice in_", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("8. errors: retrieve(\"in_does_not_exist\") threw PaymentNotFoundException, status 404", StringComparison.Ordinal));
        // Auto-paging saw every invoice: the seed plus the record of the stake the walkthrough returned.
        Assert.Contains(lines, line => line.StartsWith($"9. auto-paging: all {seeded.Count + 1} invoices", StringComparison.Ordinal));
        var usdc = seeded.Where(i => i.Status == "paid" && i.PaymentCurrency!.Symbol == "USDC").ToList();
        var usdcTotal = usdc.Aggregate(System.Numerics.BigInteger.Zero, (sum, i) => sum + i.Total.ToBigInteger());
        Assert.Contains(lines, line => line.StartsWith("   USDC ", StringComparison.Ordinal)
            && line.EndsWith($" {usdc[0].PaymentCurrency!.FormatAmount(usdcTotal)} over {usdc.Count} invoices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_PAYMENT_KIT_URL_and_an_access_key_it_uses_that_Payment_Kit_and_changes_nothing()
    {
        const string key = "blocklet-quickstart-test-key";
        await using var paymentKit = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AccessKeys = { key } });
        var before = Snapshot(paymentKit);
        var environment = new Dictionary<string, string?>
        {
            ["PAYMENT_KIT_URL"] = paymentKit.BaseUrl.ToString(),
            ["PAYMENT_KIT_ACCESS_KEY"] = key,
        };
        var output = new StringWriter();

        var exit = await Quickstart.RunAsync([], output, name => environment.GetValueOrDefault(name), None);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.StartsWith($"PaymentSdk quickstart: talking to Payment Kit at {paymentKit.BaseUrl} (", text);
        Assert.Contains("access key from PAYMENT_KIT_ACCESS_KEY", text);
        Assert.DoesNotContain(key, text);
        Assert.Contains("4. update: skipped", text);
        Assert.Contains("5. void: skipped", text);
        Assert.Contains("7. returnStake: skipped", text);
        Assert.Equal(before, Snapshot(paymentKit));
    }

    [Fact]
    public async Task With_a_wrong_access_key_it_reports_the_refusal_and_exits_non_zero()
    {
        await using var paymentKit = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AccessKeys = { "blocklet-right" } });
        var environment = new Dictionary<string, string?>
        {
            ["PAYMENT_KIT_URL"] = paymentKit.BaseUrl.ToString(),
            ["PAYMENT_KIT_ACCESS_KEY"] = "blocklet-wrong",
        };
        var output = new StringWriter();

        var exit = await Quickstart.RunAsync([], output, name => environment.GetValueOrDefault(name), None);

        Assert.Equal(1, exit);
        Assert.Contains("Payment Kit refused or could not be reached:", output.ToString());
        Assert.Contains("not authorized", output.ToString());
        Assert.DoesNotContain("blocklet-wrong", output.ToString());
    }

    [Fact]
    public async Task With_allow_changes_it_changes_data_on_the_named_Payment_Kit()
    {
        await using var paymentKit = await PaymentSandbox.StartAsync();
        var environment = new Dictionary<string, string?> { ["PAYMENT_KIT_URL"] = paymentKit.BaseUrl.ToString() };
        var output = new StringWriter();

        var exit = await Quickstart.RunAsync([Quickstart.AllowChangesOption], output, name => environment.GetValueOrDefault(name), None);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("skipped", output.ToString());
        var voided = output.ToString().Split(Environment.NewLine).Single(line => line.StartsWith("5. void: ", StringComparison.Ordinal));
        var number = voided["5. void: ".Length..].Split(' ')[0];
        Assert.Contains(paymentKit.Data.GetInvoices(livemode: true).Concat(paymentKit.Data.GetInvoices(livemode: false)),
            invoice => invoice.Number == number && invoice.Status == "void");
    }

    private static bool IsStake(Invoice invoice) => invoice.BillingReason is "stake" or "stake_overdraft_protection";

    /// <summary>Everything a walkthrough could change: each invoice's status and metadata, and the returned stakes.</summary>
    private static string Snapshot(PaymentSandbox sandbox) => string.Join("\n",
        new[] { false, true }.SelectMany(live => sandbox.Data.GetInvoices(live)
            .Select(i => $"{i.Id} {i.Status} {string.Join(",", (i.Metadata ?? []).Select(m => m.Key + "=" + m.Value.GetRawText()))}")
            .Concat(sandbox.Data.GetReturnedStakes(live).Order(StringComparer.Ordinal))));
}
