namespace PaymentSdk.Sandbox.Data;

/// <summary>Everything of one mode (live or test): the two are kept apart as Payment Kit keeps them.</summary>
internal sealed class ModeData(Catalog catalog, List<Customer> customers, List<Subscription> subscriptions, List<InvoiceWithDiscount> invoices)
{
    public Catalog Catalog { get; } = catalog;
    public List<Customer> Customers { get; } = customers;
    public List<Subscription> Subscriptions { get; } = subscriptions;

    /// <summary>Newest first, as every list answers.</summary>
    public List<InvoiceWithDiscount> Invoices { get; } = invoices;

    /// <summary>Ids of stake invoices whose stake has been returned.</summary>
    public HashSet<string> ReturnedStakes { get; } = new(StringComparer.Ordinal);

    public InvoiceWithDiscount? Find(string id) => Invoices.Find(i => i.Id == id);

    public Subscription? FindSubscription(string? id) => id is null ? null : Subscriptions.Find(s => s.Id == id);

    public Customer? FindCustomerByDid(string did) => Customers.Find(c => c.Did == did);
}
