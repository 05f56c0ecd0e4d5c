using System.Net.Http;
using PaymentSdk.Http;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>The seven invoice routes, declared once, as payment-js declares them in <c>lib/resources/invoice.js</c>.</summary>
internal static class InvoiceRoutes
{
    public static readonly ApiRoute<InvoiceWithDiscount> Retrieve =
        new("invoices.retrieve", HttpMethod.Get, "/api/invoices/{id}", PaymentJsonContext.Default.InvoiceWithDiscount);

    public static readonly ApiRoute<Paginated<InvoiceExpanded>> List =
        new("invoices.list", HttpMethod.Get, "/api/invoices", PaymentJsonContext.Default.PaginatedInvoiceExpanded);

    public static readonly ApiRoute<Paginated<InvoiceExpanded>> Search =
        new("invoices.search", HttpMethod.Get, "/api/invoices/search", PaymentJsonContext.Default.PaginatedInvoiceExpanded);

    public static readonly ApiRoute<Invoice> Update =
        new("invoices.update", HttpMethod.Put, "/api/invoices/{id}", PaymentJsonContext.Default.Invoice);

    public static readonly ApiRoute<Invoice> Void =
        new("invoices.void", HttpMethod.Post, "/api/invoices/{id}/void", PaymentJsonContext.Default.Invoice);

    public static readonly ApiRoute<StakeInfo> GetReturnStake =
        new("invoices.getReturnStake", HttpMethod.Get, "/api/invoices/{id}/return-stake", PaymentJsonContext.Default.StakeInfo);

    public static readonly ApiRoute<ReturnResult> ReturnStake =
        new("invoices.returnStake", HttpMethod.Post, "/api/invoices/{id}/return-stake", PaymentJsonContext.Default.ReturnResult);
}
