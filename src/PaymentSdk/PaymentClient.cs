using System;
using System.Net;
using System.Net.Http;
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
    private readonly PaymentPipeline _pipeline;

    /// <summary>Creates a client configured from the environment alone (live mode from <c>PAYMENT_LIVEMODE</c> and its kin).</summary>
    /// <exception cref="ArgumentException">No base URL is set.</exception>
    public PaymentClient() : this(new PaymentClientOptions()) { }

    /// <summary>Creates a client that owns its HTTP connections and disposes them with itself.</summary>
    /// <param name="options">The settings; copied, so later changes do not affect this client.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public PaymentClient(PaymentClientOptions options)
        : this(options, CreateOwnedHttpClient(), disposeHttpClient: true) { }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>, such as one from
    /// <c>IHttpClientFactory</c>. The caller keeps ownership: disposing this client does not dispose it.
    /// </summary>
    /// <param name="options">The settings; <see cref="PaymentClientOptions.BaseUrl"/> may be left null when <paramref name="httpClient"/> has a <see cref="HttpClient.BaseAddress"/>.</param>
    /// <param name="httpClient">The client that carries the requests. Its own <see cref="HttpClient.Timeout"/> also applies.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public PaymentClient(PaymentClientOptions options, HttpClient httpClient)
        : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), disposeHttpClient: false) { }

    /// <summary>
    /// Creates a client that sends through <paramref name="handler"/>, such as a test double or a
    /// handler chain of your own. The caller keeps ownership of the handler.
    /// </summary>
    /// <param name="options">The settings; copied.</param>
    /// <param name="handler">The handler that carries the requests; not disposed by this client.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public PaymentClient(PaymentClientOptions options, HttpMessageHandler handler)
        : this(options, CreateBorrowingHttpClient(handler ?? throw new ArgumentNullException(nameof(handler))), disposeHttpClient: true) { }

    private PaymentClient(PaymentClientOptions options, HttpClient httpClient, bool disposeHttpClient)
    {
        try
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            var settings = options.Clone();
            var baseUrl = settings.BaseUrl ?? httpClient.BaseAddress;
            settings.Validate(baseUrl);
            _pipeline = new PaymentPipeline(httpClient, disposeHttpClient, baseUrl!, settings.LiveMode, settings.Timeout);
        }
        catch
        {
            if (disposeHttpClient) httpClient.Dispose();
            throw;
        }
        Invoices = new InvoiceService(_pipeline);
    }

    /// <summary>The invoices of this Payment Kit (payment-js's <c>payment.invoices</c>).</summary>
    public IInvoiceService Invoices { get; }

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
        if (disposing) _pipeline.Dispose();
    }

    private static HttpClient CreateOwnedHttpClient()
    {
        // Redirects are not followed: a 3xx answer to a POST that moves money must surface, not be re-sent elsewhere.
#if NET5_0_OR_GREATER
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#else
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
#endif
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static HttpClient CreateBorrowingHttpClient(HttpMessageHandler handler) =>
        new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
}
