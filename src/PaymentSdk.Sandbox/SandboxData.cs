using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Resources.Customers;
using PaymentSdk.Sandbox.Resources.Invoices;
using PaymentSdk.Sandbox.Resources.PaymentMethods;
using PaymentSdk.Sandbox.Resources.Prices;
using PaymentSdk.Sandbox.Resources.Products;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox;

/// <summary>
/// What a <see cref="PaymentSandbox"/> holds, per resource and mode, newest first: deep copies, each as the API's
/// retrieve would answer it, to compare the API's answers with. Changing a copy changes nothing in the sandbox.
/// </summary>
public sealed class SandboxData
{
    private readonly SandboxState _state;

    internal SandboxData(SandboxState state) => _state = state;

    /// <summary>Every invoice of one mode.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<InvoiceWithDiscount> GetInvoices(bool livemode) =>
        Copies(livemode, mode => mode.Invoices.All.Select(i => InvoiceModule.Expand(mode, i)), SandboxJson.Context.InvoiceWithDiscount);

    /// <summary>Ids of the stake invoices of one mode whose stake has been returned.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyCollection<string> GetReturnedStakes(bool livemode) => _state.Read(livemode, mode => mode.ReturnedStakes.ToArray());

    /// <summary>Every customer of one mode, with its payments, subscriptions and invoices.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<CustomerExpanded> GetCustomers(bool livemode) =>
        Copies(livemode, mode => mode.Customers.All.Select(c => CustomerModule.Expand(mode, c)), SandboxJson.Context.CustomerExpanded);

    /// <summary>Every product of one mode, archived ones included, with its prices.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<ProductExpanded> GetProducts(bool livemode) =>
        Copies(livemode, mode => mode.Products.All.Select(p => ProductModule.Expand(mode, p)), SandboxJson.Context.ProductExpanded);

    /// <summary>Every price of one mode, archived ones included, with its product and currency.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<PriceExpanded> GetPrices(bool livemode) =>
        Copies(livemode, mode => mode.Prices.All.Select(p => PriceModule.Expand(mode, p)), SandboxJson.Context.PriceExpanded);

    /// <summary>Every payment currency of one mode.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<PaymentCurrency> GetPaymentCurrencies(bool livemode) =>
        Copies(livemode, mode => mode.PaymentCurrencies.All, SandboxJson.Context.PaymentCurrency);

    /// <summary>Every payment method of one mode, with its currencies.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<PaymentMethodExpanded> GetPaymentMethods(bool livemode) =>
        Copies(livemode, mode => mode.PaymentMethods.All.Select(m => PaymentMethodModule.Expand(mode, m)), SandboxJson.Context.PaymentMethodExpanded);

    /// <summary>Every setting of one mode.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<Setting> GetSettings(bool livemode) => Copies(livemode, mode => mode.Settings.All, SandboxJson.Context.Setting);

    /// <summary>Every webhook endpoint of one mode.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<WebhookEndpoint> GetWebhookEndpoints(bool livemode) =>
        Copies(livemode, mode => mode.WebhookEndpoints.All, SandboxJson.Context.WebhookEndpoint);

    /// <summary>The sandbox's data; it holds no secret to hide.</summary>
    public override string ToString() => "PaymentSandbox data";

    private List<T> Copies<T>(bool livemode, Func<ModeState, IEnumerable<T>> select, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        _state.Read(livemode, mode => select(mode).Select(item => SandboxJson.Copy(item, typeInfo)).ToList());
}
