namespace PaymentSdk;

/// <summary>
/// Known values of <see cref="PaymentEvent.Type"/> that concern invoices. The set is open: Payment Kit
/// sends many more (<c>customer.*</c>, <c>payment_intent.*</c>, ...) and may add new ones, which arrive
/// as their text; compare with these constants, never parse into an enum.
/// </summary>
public static class PaymentEventTypes
{
    /// <summary>An invoice was created.</summary>
    public const string InvoiceCreated = "invoice.created";

    /// <summary>A draft invoice was deleted.</summary>
    public const string InvoiceDeleted = "invoice.deleted";

    /// <summary>An invoice could not be finalized.</summary>
    public const string InvoiceFinalizationFailed = "invoice.finalization_failed";

    /// <summary>A draft invoice was finalized and is now open.</summary>
    public const string InvoiceFinalized = "invoice.finalized";

    /// <summary>An invoice was marked uncollectible.</summary>
    public const string InvoiceMarkedUncollectible = "invoice.marked_uncollectible";

    /// <summary>An invoice was paid (in full, or marked paid out of band).</summary>
    public const string InvoicePaid = "invoice.paid";

    /// <summary>Paying an invoice needs the customer to act.</summary>
    public const string InvoicePaymentActionRequired = "invoice.payment_action_required";

    /// <summary>An attempt to pay an invoice failed.</summary>
    public const string InvoicePaymentFailed = "invoice.payment_failed";

    /// <summary>An attempt to pay an invoice succeeded.</summary>
    public const string InvoicePaymentSucceeded = "invoice.payment_succeeded";

    /// <summary>An invoice was sent to the customer.</summary>
    public const string InvoiceSent = "invoice.sent";

    /// <summary>
    /// An invoice will be created soon: its object is a preview (<see cref="PaymentEventData.IsPreview"/>,
    /// no id), whose <c>amount_due</c> is what will be charged.
    /// </summary>
    public const string InvoiceUpcoming = "invoice.upcoming";

    /// <summary>An invoice changed; <see cref="PaymentEventData.PreviousAttributes"/> holds what it was.</summary>
    public const string InvoiceUpdated = "invoice.updated";

    /// <summary>An invoice was voided.</summary>
    public const string InvoiceVoided = "invoice.voided";

    /// <summary>An invoice item was created.</summary>
    public const string InvoiceItemCreated = "invoiceitem.created";

    /// <summary>An invoice item was deleted.</summary>
    public const string InvoiceItemDeleted = "invoiceitem.deleted";
}
