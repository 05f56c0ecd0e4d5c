using System;
using System.Globalization;

namespace PaymentSdk;

/// <summary>
/// Auto-paging stopped because Payment Kit answered a page with exactly the items of the page before: a server
/// that ignores the page asked for would otherwise be walked forever. The items up to the repeated page were
/// yielded once each.
/// </summary>
public class PaymentPagingException : PaymentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operationName">The list or search that was walked, such as <c>invoices.list</c>.</param>
    /// <param name="page">The page number that repeated the one before it.</param>
    /// <param name="items">How many items that page held.</param>
    public PaymentPagingException(string operationName, int page, int items)
        : base(string.Format(CultureInfo.InvariantCulture,
            "Payment Kit answered page {0} of {1} with the same {2} items as page {3}: it does not seem to honour the page asked for, so auto-paging stopped after page {3}.",
            page, operationName, items, page - 1))
    {
        OperationName = operationName ?? throw new ArgumentNullException(nameof(operationName));
        Page = page;
    }

    /// <summary>The list or search that was walked, as payment-js names it (<c>invoices.list</c>).</summary>
    public string OperationName { get; }

    /// <summary>The page number whose items repeated those of the page before it.</summary>
    public int Page { get; }
}
