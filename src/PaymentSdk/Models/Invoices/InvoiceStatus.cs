using System;

namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="Invoice.Status"/>, and the invoice lifecycle: draft → open → paid,
/// void or uncollectible; uncollectible → paid or void. Paid and void are final.
/// </summary>
/// <remarks>
/// Status is an open set: the server may send a value not listed here, which every method below
/// treats as unknown (it cannot be voided, is not final, is not payable) rather than failing.
/// </remarks>
public static class InvoiceStatus
{
    /// <summary>Being prepared; not yet sent to the customer.</summary>
    public const string Draft = "draft";

    /// <summary>Finalized and awaiting payment.</summary>
    public const string Open = "open";

    /// <summary>Paid in full. Final.</summary>
    public const string Paid = "paid";

    /// <summary>Cancelled; nothing is owed. Final.</summary>
    public const string Void = "void";

    /// <summary>Judged unlikely to be paid; it may still be paid or voided.</summary>
    public const string Uncollectible = "uncollectible";

    /// <summary>Whether an invoice in <paramref name="status"/> may be voided (open or uncollectible).</summary>
    /// <param name="status">An invoice status.</param>
    public static bool CanVoid(string? status) => Is(status, Open) || Is(status, Uncollectible);

    /// <summary>Whether <paramref name="status"/> is final: no further transition is possible (paid or void).</summary>
    /// <param name="status">An invoice status.</param>
    public static bool IsFinal(string? status) => Is(status, Paid) || Is(status, Void);

    /// <summary>Whether an invoice in <paramref name="status"/> can still be paid (open or uncollectible).</summary>
    /// <param name="status">An invoice status.</param>
    public static bool IsPayable(string? status) => Is(status, Open) || Is(status, Uncollectible);

    private static bool Is(string? status, string known) => string.Equals(status, known, StringComparison.Ordinal);
}
