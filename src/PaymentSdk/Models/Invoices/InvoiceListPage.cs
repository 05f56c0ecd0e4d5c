using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>
/// One page of <see cref="IInvoiceService.ListAsync"/>: the matching invoices and their count, and, when the list is
/// filtered by <see cref="InvoiceListOptions.SubscriptionId"/>, the subscription itself, which Payment Kit adds to
/// such a page.
/// </summary>
public sealed class InvoiceListPage : Paginated<InvoiceExpanded>
{
    /// <summary>
    /// The subscription the list was filtered by (<see cref="InvoiceListOptions.SubscriptionId"/>); null when the list
    /// is not filtered by subscription, or Payment Kit knows no such subscription.
    /// </summary>
    [JsonPropertyName("subscription")]
    public Subscription? Subscription { get; set; }
}
