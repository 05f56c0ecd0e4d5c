namespace PaymentSdk.Sandbox.State;

/// <summary>Everything of one mode (live or test), one table per resource: the two modes are kept apart as Payment Kit keeps them.</summary>
internal sealed class ModeState(bool livemode)
{
    public bool Livemode { get; } = livemode;

    public Table<PaymentMethod> PaymentMethods { get; } = new(m => m.Id, m => m.CreatedAt);
    public Table<PaymentCurrency> PaymentCurrencies { get; } = new(c => c.Id, c => c.CreatedAt);
    public Table<Product> Products { get; } = new(p => p.Id, p => p.CreatedAt);

    /// <summary>Prices, whose <c>product</c> and <c>currency</c> are filled in from their tables when read.</summary>
    public Table<PriceExpanded> Prices { get; } = new(p => p.Id, p => p.CreatedAt);
    public Table<Customer> Customers { get; } = new(c => c.Id, c => c.CreatedAt);
    public Table<Subscription> Subscriptions { get; } = new(s => s.Id, s => s.CreatedAt);

    /// <summary>Invoices, whose customer, currency, method, subscription and line prices are filled in from their tables when read.</summary>
    public Table<InvoiceWithDiscount> Invoices { get; } = new(i => i.Id, i => i.CreatedAt);
    public Table<WebhookEndpoint> WebhookEndpoints { get; } = new(e => e.Id, e => e.CreatedAt);
    public Table<Setting> Settings { get; } = new(s => s.Id, s => s.CreatedAt);

    /// <summary>Ids of stake invoices whose stake has been returned.</summary>
    public HashSet<string> ReturnedStakes { get; } = new(StringComparer.Ordinal);

    /// <summary>"live" or "test", for messages.</summary>
    public string Name => Livemode ? "live" : "test";

    /// <summary>The currency prices use when they name none: the mode's base currency.</summary>
    public PaymentCurrency? BaseCurrency => PaymentCurrencies.All.FirstOrDefault(c => c.IsBaseCurrency);
}
