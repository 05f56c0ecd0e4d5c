namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Auto-paging collected into lists.</summary>
public static class AsyncCollect
{
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source) items.Add(item);
        return items;
    }

    /// <summary>Every invoice a list matches, through the SDK's auto-paging.</summary>
    public static async Task<List<string>> ListIdsAsync(this IInvoiceService invoices, InvoiceListOptions options) =>
        (await invoices.ListAutoPagingAsync(options).CollectAsync()).Select(i => i.Id).ToList();

    /// <summary>Every invoice a search finds, through the SDK's auto-paging.</summary>
    public static async Task<List<string>> SearchIdsAsync(this IInvoiceService invoices, InvoiceSearchOptions options) =>
        (await invoices.SearchAutoPagingAsync(options).CollectAsync()).Select(i => i.Id).ToList();
}
