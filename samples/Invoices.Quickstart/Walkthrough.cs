using PaymentSdk;

namespace Invoices.Quickstart;

/// <summary>The steps of the quickstart, one method each, writing short lines.</summary>
internal sealed class Walkthrough(IInvoiceService invoices, TextWriter output, CancellationToken cancellationToken)
{
    /// <summary>Whether update, void and returnStake may run (always in the sandbox; on request elsewhere).</summary>
    public bool MayChangeData { get; init; }

    public async Task RunAsync()
    {
        var newest = await ListAsync();
        await SearchAsync();
        if (newest is null) return;
        await RetrieveAsync(newest.Id);
        await UpdateAsync(newest.Id);
        await VoidAsync();
        await ReturnStakeAsync();
        await ShowErrorAsync();
        await AutoPageAsync();
    }

    private async Task<InvoiceExpanded?> ListAsync()
    {
        var page = await invoices.ListAsync(new InvoiceListOptions { Status = "paid,open", PageSize = 5 }, cancellationToken);
        Step(1, $"list: the {page.List.Count} newest paid or open invoices (of {page.Count})");
        foreach (var invoice in page.List) output.WriteLine("   " + Row(invoice));
        return page.List.FirstOrDefault();
    }

    private async Task SearchAsync()
    {
        const string text = "Premium";
        var found = await invoices.SearchAsync(new InvoiceSearchOptions { Query = text, PageSize = 3 }, cancellationToken);
        Step(2, $"search: \"{text}\" matches {found.Count} invoices; the newest {found.List.Count}");
        foreach (var invoice in found.List) output.WriteLine("   " + Row(invoice));
    }

    private async Task RetrieveAsync(string id)
    {
        var invoice = await invoices.RetrieveAsync(id, cancellationToken);
        Step(3, $"retrieve: {invoice.Number}, {invoice.Status}, {Money(invoice.Total, invoice)} for {invoice.Customer?.Name} <{invoice.Customer?.Email}>");
        foreach (var line in invoice.Lines) output.WriteLine($"   line: {line.Description} = {Money(line.Amount, invoice)}");
        foreach (var discount in invoice.DiscountDetails ?? [])
            output.WriteLine($"   discount: {discount.Coupon?.Name} (code {discount.PromotionCode?.Code})");
        foreach (var grant in invoice.RelatedCreditGrants ?? [])
            output.WriteLine($"   credit grant: {grant.Name}");
    }

    private async Task UpdateAsync(string id)
    {
        if (!Allowed(4, "update")) return;
        var updated = await invoices.UpdateAsync(id, new InvoiceUpdateOptions
        {
            Metadata = new Dictionary<string, object?> { ["reviewed_by"] = "quickstart" },
        }, cancellationToken);
        var metadata = string.Join(", ", (updated.Metadata ?? []).Select(pair => $"{pair.Key}={pair.Value}"));
        Step(4, $"update: {updated.Number} now has metadata {metadata}");
    }

    private async Task VoidAsync()
    {
        if (!Allowed(5, "void")) return;
        var open = (await invoices.ListAsync(new InvoiceListOptions { Status = "open", PageSize = 1 }, cancellationToken)).List.FirstOrDefault();
        if (open is null)
        {
            Step(5, "void: no open invoice to void");
            return;
        }
        var voided = await invoices.VoidAsync(open.Id, cancellationToken);
        Step(5, $"void: {voided.Number} was {open.Status}, is now {voided.Status} (voided at {voided.StatusTransitions?.VoidedAt:u})");
    }

    private async Task ReturnStakeAsync()
    {
        var (stake, info) = await FindReturnableStakeAsync();
        if (stake is null || info is null)
        {
            Step(6, "getReturnStake: no paid stake invoice with a stake left to return");
            return;
        }
        Step(6, $"getReturnStake: {stake.Number} staked {Money(info.Total ?? Amount.Zero, stake)}, {Money(info.ReturnAmount ?? Amount.Zero, stake)} can be returned");
        if (!Allowed(7, "returnStake")) return;
        var first = await invoices.ReturnStakeAsync(stake.Id, cancellationToken);
        Step(7, $"returnStake: success={first.Success}, subscription {first.SubscriptionId}");
        var second = await invoices.ReturnStakeAsync(stake.Id, cancellationToken);
        output.WriteLine($"   again: success={second.Success}, \"{second.Error}\"");
    }

    /// <summary>The newest paid stake invoice that still has a stake to return.</summary>
    private async Task<(InvoiceExpanded?, StakeInfo?)> FindReturnableStakeAsync()
    {
        var paid = new InvoiceListOptions { Status = "paid", IncludeStaking = true, PageSize = 50 };
        await foreach (var invoice in invoices.ListAutoPagingAsync(paid, cancellationToken))
        {
            if (invoice.BillingReason is not (InvoiceBillingReason.Stake or InvoiceBillingReason.StakeOverdraftProtection)) continue;
            var info = await invoices.GetReturnStakeAsync(invoice.Id, cancellationToken);
            if (info.ReturnAmount is { } left && left > Amount.Zero) return (invoice, info);
        }
        return (null, null);
    }

    private async Task ShowErrorAsync()
    {
        const string missing = "in_does_not_exist";
        try
        {
            await invoices.RetrieveAsync(missing, cancellationToken);
            Step(8, $"errors: {missing} was found?");
        }
        catch (PaymentNotFoundException notFound)
        {
            Step(8, $"errors: retrieve(\"{missing}\") threw {nameof(PaymentNotFoundException)}, status {(int)notFound.StatusCode}: {notFound.ServerMessage}");
        }
    }

    private async Task AutoPageAsync()
    {
        const int cap = 1000;
        var everything = new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 100 };
        var count = 0;
        var totals = new Dictionary<string, (PaymentCurrency Currency, System.Numerics.BigInteger Sum, int Invoices)>();
        await foreach (var invoice in invoices.ListAutoPagingAsync(everything, cancellationToken))
        {
            if (invoice.PaymentCurrency is { } currency && invoice.Status == InvoiceStatus.Paid)
            {
                var (_, sum, n) = totals.GetValueOrDefault(currency.Id, (currency, 0, 0));
                totals[currency.Id] = (currency, sum + invoice.Total.ToBigInteger(), n + 1);
            }
            if (++count == cap) break;
        }
        Step(9, $"auto-paging: {(count == cap ? $"the first {cap}" : "all")} {count} invoices, 100 a page; paid totals:");
        foreach (var (currency, sum, n) in totals.Values.OrderBy(t => t.Currency.Symbol, StringComparer.Ordinal))
            output.WriteLine($"   {currency.Symbol,-6} {currency.FormatAmount(sum),28} over {n} invoices");
    }

    private bool Allowed(int number, string method)
    {
        if (MayChangeData) return true;
        Step(number, $"{method}: skipped, it changes data on a real Payment Kit (run with {Quickstart.AllowChangesOption} to do it)");
        return false;
    }

    private void Step(int number, string text) => output.WriteLine($"{number}. {text}");

    private static string Row(InvoiceExpanded invoice) =>
        $"{invoice.Number,-14} {invoice.Status,-13} {Money(invoice.Total, invoice),24}  {invoice.Customer?.Name,-18} {invoice.Description}";

    /// <summary>An amount in token units, with the invoice currency's decimals and symbol.</summary>
    private static string Money(Amount amount, InvoiceExpanded invoice) =>
        invoice.PaymentCurrency is { } currency ? $"{currency.FormatAmount(amount)} {currency.Symbol}" : $"{amount} (smallest unit)";
}
