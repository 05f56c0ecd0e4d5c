using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Threading;
using PaymentSdk.Http;

namespace PaymentSdk;

/// <summary>
/// The entry point of the SDK: a client of one Payment Kit, as payment-js's <c>payment</c> object.
/// Create one and keep it for the life of the application; it is safe to use from many threads.
/// </summary>
/// <example>
/// <code>
/// using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("https://host/payment") });
/// InvoiceWithDiscount invoice = await payment.Invoices.RetrieveAsync("inv_123", ct);
/// </code>
/// </example>
public class PaymentClient : IDisposable
{
    private static readonly ProductInfoHeaderValue UserAgent = new("PaymentSdk", SdkVersion());

    private readonly HttpClient _httpClient;

    /// <summary>
    /// Creates a client configured from the environment alone. Inside a Blocklet this needs nothing
    /// else: Payment Kit's endpoint comes from <c>BLOCKLET_MOUNT_POINTS</c>, requests are signed with
    /// <c>BLOCKLET_APP_ASK</c> (or <c>BLOCKLET_APP_SK</c>) as <c>BLOCKLET_COMPONENT_DID</c>, and live
    /// mode comes from <c>PAYMENT_LIVEMODE</c> and its kin, as in payment-js.
    /// </summary>
    /// <exception cref="ArgumentException">No base URL is found, or a key in the environment is malformed; the message says what to set.</exception>
    public PaymentClient() : this(new PaymentClientOptions()) { }

    /// <summary>Creates a client that owns its HTTP connections and disposes them with itself.</summary>
    /// <param name="options">The settings; copied, so later changes do not affect this client.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public PaymentClient(PaymentClientOptions options)
        : this(options, settings => new HttpClient(HandlerChain.Over(HandlerChain.OwnedConnections(settings.Retry), settings), disposeHandler: true), fallbackBaseUrl: null) { }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>. The SDK's retries and
    /// timeouts run around it, one <see cref="HttpClient.SendAsync(HttpRequestMessage, CancellationToken)"/>
    /// per attempt. The caller keeps ownership: disposing this client does not dispose it.
    /// </summary>
    /// <param name="options">The settings; <see cref="PaymentClientOptions.BaseUrl"/> may be left null when <paramref name="httpClient"/> has a <see cref="HttpClient.BaseAddress"/>.</param>
    /// <param name="httpClient">The client that carries the requests. Its own <see cref="HttpClient.Timeout"/> also applies, to each attempt.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public PaymentClient(PaymentClientOptions options, HttpClient httpClient)
        : this(options, Borrow(new HttpClientTransport(httpClient ?? throw new ArgumentNullException(nameof(httpClient)))), httpClient.BaseAddress) { }

    /// <summary>
    /// Creates a client that sends through <paramref name="handler"/>, such as a test double or a
    /// handler chain of your own, under the SDK's retries and timeouts. The caller keeps ownership of the handler.
    /// </summary>
    /// <param name="options">The settings; copied.</param>
    /// <param name="handler">The handler that carries the requests; not disposed by this client.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public PaymentClient(PaymentClientOptions options, HttpMessageHandler handler)
        : this(options, Borrow(handler ?? throw new ArgumentNullException(nameof(handler))), fallbackBaseUrl: null) { }

    /// <summary>
    /// A client over an <see cref="HttpClient"/> from <c>IHttpClientFactory</c> whose handler chain already holds
    /// the SDK's handlers (see <c>AddPaymentSdk</c>).
    /// </summary>
    internal static PaymentClient OverFactoryClient(PaymentClientOptions options, HttpClient clientWithSdkHandlers) =>
        new(options, _ => clientWithSdkHandlers, clientWithSdkHandlers.BaseAddress);

    private PaymentClient(PaymentClientOptions options, Func<PaymentClientOptions, HttpClient> createHttpClient, Uri? fallbackBaseUrl)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var settings = options.Clone();
        var baseUrl = settings.Validate(fallbackBaseUrl);
        _httpClient = createHttpClient(settings);
        _httpClient.BaseAddress = baseUrl;
        _httpClient.Timeout = Timeout.InfiniteTimeSpan; // the SDK's own timeouts apply, per attempt and in total
        _httpClient.DefaultRequestHeaders.UserAgent.Add(UserAgent);
        BaseUrl = baseUrl;
        LiveMode = settings.LiveMode;
    }

    /// <summary>
    /// Every service of the client, as the dependency injection registration adds them (one row per resource: a new
    /// resource adds its property below and its row here; <c>ApiConventionTests</c> checks that both agree).
    /// </summary>
    internal static readonly (Type Service, Func<PaymentClient, object> Of)[] Services =
    [
        (typeof(IInvoiceService), client => client.Invoices),
        (typeof(IWebhookEndpointService), client => client.WebhookEndpoints),
        (typeof(ICustomerService), client => client.Customers),
        (typeof(IProductService), client => client.Products),
        (typeof(IPriceService), client => client.Prices),
        (typeof(IPaymentCurrencyService), client => client.PaymentCurrencies),
        (typeof(IPaymentMethodService), client => client.PaymentMethods),
        (typeof(ISettingService), client => client.Settings),
    ];

    /// <summary>
    /// A service over its routes, made on first use: Refit's generated routes are built only for the resources an app
    /// calls. Two threads racing on first use may both build one; either is kept, and both are stateless.
    /// </summary>
    private TService Service<TService, TRoutes>(ref TService? field, Func<TRoutes, bool, TService> create) where TService : class =>
        field ?? Interlocked.CompareExchange(ref field, create(RefitConfiguration.Routes<TRoutes>(_httpClient), LiveMode), null) ?? field!;

    /// <summary>The SDK's handlers over a borrowed transport, which the client leaves undisposed (disposing a chain disposes its bottom).</summary>
    private static Func<PaymentClientOptions, HttpClient> Borrow(HttpMessageHandler transport) =>
        settings => new HttpClient(HandlerChain.Over(transport, settings), disposeHandler: false);

    private static string SdkVersion()
    {
        var version = typeof(PaymentClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    /// <summary>
    /// The Payment Kit endpoint this client calls, mount point included: from the options, the borrowed
    /// <see cref="HttpClient"/>'s base address, or <c>BLOCKLET_MOUNT_POINTS</c>, in that order.
    /// </summary>
    public Uri BaseUrl { get; }

    /// <summary>
    /// Whether this client works with live data (<c>livemode=true</c> on every request) or test data;
    /// from the options, else from <c>PAYMENT_LIVEMODE</c> and its neighbours, else live.
    /// </summary>
    public bool LiveMode { get; }

    private IInvoiceService? _invoices;
    private IWebhookEndpointService? _webhookEndpoints;
    private ICustomerService? _customers;
    private IProductService? _products;
    private IPriceService? _prices;
    private IPaymentCurrencyService? _paymentCurrencies;
    private IPaymentMethodService? _paymentMethods;
    private ISettingService? _settings;

    /// <summary>The invoices of this Payment Kit (payment-js's <c>payment.invoices</c>).</summary>
    public IInvoiceService Invoices => Service<IInvoiceService, IInvoicesApi>(ref _invoices, (api, live) => new InvoiceService(api, live));

    /// <summary>The webhook endpoints of this Payment Kit, where it delivers events (payment-js's <c>payment.webhookEndpoints</c>).</summary>
    public IWebhookEndpointService WebhookEndpoints => Service<IWebhookEndpointService, IWebhookEndpointsApi>(ref _webhookEndpoints, (api, live) => new WebhookEndpointService(api, live));

    /// <summary>The customers of this Payment Kit (payment-js's <c>payment.customers</c>).</summary>
    public ICustomerService Customers => Service<ICustomerService, ICustomersApi>(ref _customers, (api, live) => new CustomerService(api, live));

    /// <summary>The products of this Payment Kit, with their prices (payment-js's <c>payment.products</c>).</summary>
    public IProductService Products => Service<IProductService, IProductsApi>(ref _products, (api, live) => new ProductService(api, live));

    /// <summary>The prices of this Payment Kit (payment-js's <c>payment.prices</c>).</summary>
    public IPriceService Prices => Service<IPriceService, IPricesApi>(ref _prices, (api, live) => new PriceService(api, live));

    /// <summary>The payment currencies of this Payment Kit (payment-js's <c>payment.paymentCurrencies</c>).</summary>
    public IPaymentCurrencyService PaymentCurrencies => Service<IPaymentCurrencyService, IPaymentCurrenciesApi>(ref _paymentCurrencies, (api, live) => new PaymentCurrencyService(api, live));

    /// <summary>The payment methods of this Payment Kit (payment-js's <c>payment.paymentMethods</c>).</summary>
    public IPaymentMethodService PaymentMethods => Service<IPaymentMethodService, IPaymentMethodsApi>(ref _paymentMethods, (api, live) => new PaymentMethodService(api, live));

    /// <summary>The settings of this Payment Kit, such as donation buttons (payment-js's <c>payment.settings</c>).</summary>
    public ISettingService Settings => Service<ISettingService, ISettingsApi>(ref _settings, (api, live) => new SettingService(api, live));

    /// <summary>Releases the HTTP connections this client owns; a borrowed <see cref="HttpClient"/> or handler is left open.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the HTTP connections this client owns.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _httpClient.Dispose();
    }
}
