using System.Globalization;
using System.Numerics;

namespace PaymentSdk.Samples.InvoicesExport;

/// <summary>
/// Sums invoice totals per currency, exactly, in the currency's smallest unit (a
/// <see cref="BigInteger"/>: token amounts routinely exceed 2^64, and a double would round them).
/// Holds one entry per currency, never the invoices.
/// </summary>
public sealed class CurrencyTotals
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many invoices were added, in every currency.</summary>
    public long InvoiceCount { get; private set; }

    /// <summary>Adds an invoice's total to its currency's sum.</summary>
    /// <param name="invoice">The invoice, as list or search return it.</param>
    /// <exception cref="InvalidDataException">The invoice's total is not an integer.</exception>
    public void Add(InvoiceExpanded invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        BigInteger total;
        try
        {
            total = invoice.Total.ToBigInteger();
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"Invoice {invoice.Id}: total '{invoice.Total.Value}' is not an integer amount.", e);
        }

        var id = InvoiceCsv.CurrencyId(invoice);
        if (!_entries.TryGetValue(id, out var entry))
            _entries.Add(id, entry = new Entry(id, invoice.PaymentCurrency));
        entry.Currency ??= invoice.PaymentCurrency;
        entry.Sum += total;
        entry.Count++;
        InvoiceCount++;
    }

    /// <summary>The sums so far, one per currency, ordered by symbol then currency id.</summary>
    public IReadOnlyList<CurrencyTotal> ToList()
    {
        var entries = _entries.Values.OrderBy(e => e.Currency?.Symbol ?? e.CurrencyId, StringComparer.Ordinal).ThenBy(e => e.CurrencyId, StringComparer.Ordinal).ToList();
        // Two currencies may share a symbol (the same token on two chains): tell them apart by id.
        var shared = entries.GroupBy(e => Symbol(e), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return entries.Select(e =>
        {
            var symbol = Symbol(e);
            var label = shared.Contains(symbol) ? $"{symbol} ({e.CurrencyId})" : symbol;
            var formatted = e.Currency is { } currency
                ? currency.FormatAmount(new Amount(e.Sum))
                : e.Sum.ToString(CultureInfo.InvariantCulture) + " (smallest unit; the server did not say the currency's decimals)";
            return new CurrencyTotal(e.CurrencyId, label, e.Sum, formatted, e.Count);
        }).ToList();
    }

    /// <summary>Writes one line per currency, such as <c>ABT   12345.678 over 120 invoices</c>, with the columns aligned.</summary>
    /// <param name="writer">Where the lines go.</param>
    public async Task WriteAsync(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var totals = ToList();
        if (totals.Count == 0)
        {
            await writer.WriteLineAsync("  (no invoices)").ConfigureAwait(false);
            return;
        }
        var labelWidth = totals.Max(t => t.Label.Length);
        var amountWidth = totals.Max(t => t.Formatted.Length);
        foreach (var total in totals)
        {
            var invoices = total.InvoiceCount == 1 ? "invoice" : "invoices";
            await writer.WriteLineAsync(
                $"  {total.Label.PadRight(labelWidth)}   {total.Formatted.PadLeft(amountWidth)} over {total.InvoiceCount.ToString(CultureInfo.InvariantCulture)} {invoices}").ConfigureAwait(false);
        }
    }

    private static string Symbol(Entry entry) =>
        entry.Currency is { Symbol.Length: > 0 } currency ? currency.Symbol : (entry.CurrencyId.Length > 0 ? entry.CurrencyId : "?");

    private sealed class Entry(string currencyId, PaymentCurrency? currency)
    {
        public string CurrencyId { get; } = currencyId;
        public PaymentCurrency? Currency { get; set; } = currency;
        public BigInteger Sum { get; set; }
        public long Count { get; set; }
    }
}

/// <summary>The sum of the invoice totals in one currency.</summary>
/// <param name="CurrencyId">The currency's id.</param>
/// <param name="Label">How the currency is shown: its symbol, with its id when another currency has the same symbol.</param>
/// <param name="Sum">The sum in the currency's smallest unit.</param>
/// <param name="Formatted">The sum in whole units of the currency, exactly.</param>
/// <param name="InvoiceCount">How many invoices the sum covers.</param>
public sealed record CurrencyTotal(string CurrencyId, string Label, BigInteger Sum, string Formatted, long InvoiceCount);
