using System.Net.Http;
using PaymentSdk.Http;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// The seven invoice routes, declared once, as payment-js declares them in <c>lib/resources/invoice.js</c>.
/// Reads and the PUT of metadata may be repeated; void and return-stake move money and may not.
/// </summary>
internal static class InvoiceRoutes
{
    public static readonly ApiRoute<InvoiceWithDiscount> Retrieve =
        new("invoices.retrieve", HttpMethod.Get, "/api/invoices/{id}", Idempotency.Idempotent, PaymentJsonContext.Default.InvoiceWithDiscount);

    public static readonly ApiRoute<Paginated<InvoiceExpanded>> List =
        new("invoices.list", HttpMethod.Get, "/api/invoices", Idempotency.Idempotent, PaymentJsonContext.Default.PaginatedInvoiceExpanded);

    public static readonly ApiRoute<Paginated<InvoiceExpanded>> Search =
        new("invoices.search", HttpMethod.Get, "/api/invoices/search", Idempotency.Idempotent, PaymentJsonContext.Default.PaginatedInvoiceExpanded);

    public static readonly ApiRoute<Invoice> Update =
        new("invoices.update", HttpMethod.Put, "/api/invoices/{id}", Idempotency.Idempotent, PaymentJsonContext.Default.Invoice);

    public static readonly ApiRoute<Invoice> Void =
        new("invoices.void", HttpMethod.Post, "/api/invoices/{id}/void", Idempotency.NotIdempotent, PaymentJsonContext.Default.Invoice);

    public static readonly ApiRoute<StakeInfo> GetReturnStake =
        new("invoices.getReturnStake", HttpMethod.Get, "/api/invoices/{id}/return-stake", Idempotency.Idempotent, PaymentJsonContext.Default.StakeInfo);

    public static readonly ApiRoute<ReturnResult> ReturnStake =
        new("invoices.returnStake", HttpMethod.Post, "/api/invoices/{id}/return-stake", Idempotency.NotIdempotent, PaymentJsonContext.Default.ReturnResult);
}
