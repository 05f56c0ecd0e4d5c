using System.Globalization;

namespace PaymentSdk.Samples.InvoicesExport;

/// <summary>The columns of the export and how an invoice fills them.</summary>
public static class InvoiceCsv
{
    /// <summary>
    /// The header row. Amounts in token units use the currency's decimals exactly (never a
    /// floating-point type); <c>total_raw</c> is the total in the currency's smallest unit exactly as
    /// Payment Kit sent it; <c>created_at</c> is ISO 8601 in UTC.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "number", "status", "billing_reason", "created_at",
        "customer_id", "customer_name", "customer_email", "subscription_id",
        "currency_id", "currency", "total", "total_raw",
        "amount_paid", "amount_due", "amount_remaining", "description",
    ];

    /// <summary>Writes the header row.</summary>
    /// <param name="writer">Where the CSV goes.</param>
    public static Task WriteHeaderAsync(TextWriter writer) => Csv.WriteRecordAsync(writer, Columns);

    /// <summary>Writes one invoice as a row, in the order of <see cref="Columns"/>.</summary>
    /// <param name="writer">Where the CSV goes.</param>
    /// <param name="invoice">The invoice, as list or search return it.</param>
    /// <exception cref="InvalidDataException">An amount of the invoice is not an integer.</exception>
    public static Task WriteRowAsync(TextWriter writer, InvoiceExpanded invoice) => Csv.WriteRecordAsync(writer, ToFields(invoice));

    /// <summary>The fields of one invoice's row, in the order of <see cref="Columns"/>.</summary>
    /// <param name="invoice">The invoice, as list or search return it.</param>
    /// <returns>The fields, not yet escaped.</returns>
    /// <exception cref="InvalidDataException">An amount of the invoice is not an integer.</exception>
    public static IReadOnlyList<string?> ToFields(InvoiceExpanded invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var currency = invoice.PaymentCurrency;
        return
        [
            invoice.Id,
            invoice.Number,
            invoice.Status,
            invoice.BillingReason,
            invoice.CreatedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            invoice.CustomerId,
            NonEmpty(invoice.CustomerName) ?? NonEmpty(invoice.Customer?.Name),
            NonEmpty(invoice.CustomerEmail) ?? NonEmpty(invoice.Customer?.Email),
            invoice.SubscriptionId,
            CurrencyId(invoice),
            currency?.Symbol,
            TokenUnits(invoice, invoice.Total, "total"),
            invoice.Total.Value,
            TokenUnits(invoice, invoice.AmountPaid, "amount_paid"),
            TokenUnits(invoice, invoice.AmountDue, "amount_due"),
            TokenUnits(invoice, invoice.AmountRemaining, "amount_remaining"),
            invoice.Description,
        ];
    }

    /// <summary>The invoice's currency id, from the invoice or else from its expanded currency.</summary>
    internal static string CurrencyId(InvoiceExpanded invoice) =>
        NonEmpty(invoice.CurrencyId) ?? NonEmpty(invoice.PaymentCurrency?.Id) ?? string.Empty;

    /// <summary>
    /// An amount in whole units of the invoice's currency, or empty when the server left the currency
    /// out (its decimals are then unknown; <c>total_raw</c> still has the total).
    /// </summary>
    private static string? TokenUnits(InvoiceExpanded invoice, Amount amount, string column)
    {
        if (invoice.PaymentCurrency is not { } currency) return null;
        try
        {
            return currency.FormatAmount(amount);
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"Invoice {invoice.Id}: {column} '{amount.Value}' cannot be shown in {currency.Symbol} ({e.Message})", e);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
