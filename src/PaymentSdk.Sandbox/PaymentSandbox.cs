using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Events;
using PaymentSdk.Sandbox.Resources.Customers;
using PaymentSdk.Sandbox.Resources.Invoices;
using PaymentSdk.Sandbox.Resources.PaymentCurrencies;
using PaymentSdk.Sandbox.Resources.PaymentMethods;
using PaymentSdk.Sandbox.Resources.Prices;
using PaymentSdk.Sandbox.Resources.Products;
using PaymentSdk.Sandbox.Resources.Settings;
using PaymentSdk.Sandbox.Resources.WebhookEndpoints;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox;

/// <summary>
/// An offline Payment Kit: the routes of invoices, webhook endpoints, customers, products, prices, payment
/// currencies, payment methods and settings, served from memory on a loopback port, over a deterministic seed
/// of test-mode and live-mode data. Changes last as long as the sandbox, and each raises its event, delivered to
/// the endpoints registered for it, signed as Payment Kit signs.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await PaymentSandbox.StartAsync();
/// using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = sandbox.BaseUrl, LiveMode = false });
/// </code>
/// </example>
public sealed class PaymentSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WebhookPublisher _events;
    private readonly DeliveryLog _deliveries;

    private PaymentSandbox(WebApplication app, Uri baseUrl, SandboxData data, WebhookPublisher events, DeliveryLog deliveries, string appPublicKey)
    {
        _app = app;
        BaseUrl = baseUrl;
        Data = data;
        _events = events;
        _deliveries = deliveries;
        AppPublicKey = appPublicKey;
    }

    /// <summary>Payment Kit's base URL in this sandbox, mount point included: give it to <c>PaymentClientOptions.BaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What the sandbox holds, per resource and mode: copies, to compare the API's answers with.</summary>
    public SandboxData Data { get; }

    /// <summary>
    /// The public key (0x + 64 hex digits) of the app key event deliveries are signed with: give it to
    /// <c>PaymentWebhookVerifierOptions.AppPublicKey</c> to verify them.
    /// </summary>
    public string AppPublicKey { get; }

    /// <summary>Every attempt to deliver an event so far, oldest first.</summary>
    public IReadOnlyList<SandboxDelivery> Deliveries => _deliveries.All();

    /// <summary>Completes when every event delivery started so far has succeeded or used up its attempts.</summary>
    public Task WhenDeliveredAsync() => _events.WhenIdleAsync();

    /// <summary>Starts a sandbox with a fresh copy of the seed data.</summary>
    /// <param name="options">Port, mount point and checks of the caller; null for the defaults (free port, no checks).</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <returns>The running sandbox; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is out of range or malformed; the message names it.</exception>
    public static async Task<PaymentSandbox> StartAsync(PaymentSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PaymentSandboxOptions();
        if (options.Port is < 0 or > 65535)
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "PaymentSandboxOptions.Port must be between 0 and 65535.");
        if (options.WebhookAttempts < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.WebhookAttempts, "PaymentSandboxOptions.WebhookAttempts must be at least 1.");
        if (options.WebhookRetryDelay < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.WebhookRetryDelay, "PaymentSandboxOptions.WebhookRetryDelay cannot be negative.");
        var mountPoint = MountPoint.Normalize(options.MountPoint);
        var authentication = new SandboxAuthentication(options);
        var appSecretKey = AppKey.Resolve(options.AppSecretKey, Environment.GetEnvironmentVariable);
        var deliveries = new DeliveryLog();
        var (test, live) = SandboxSeed.Create();
        var state = new SandboxState(test, live, options.TimeProvider);
        var events = state.Events = new WebhookPublisher(state, deliveries, appSecretKey.SecretKey, options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        if (options.RequestLog is { } log) app.UseMiddleware<RequestLogMiddleware>(log);
        var routes = new SandboxRoutes(app.MapGroup(mountPoint).AddEndpointFilter(authentication), state);
        InvoiceModule.Map(routes);
        WebhookEndpointModule.Map(routes, deliveries);
        CustomerModule.Map(routes);
        ProductModule.Map(routes);
        PriceModule.Map(routes);
        PaymentCurrencyModule.Map(routes);
        PaymentMethodModule.Map(routes);
        SettingModule.Map(routes);
        app.MapFallback(Answers.NotFoundRoute);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PaymentSandbox(app, new Uri(address.TrimEnd('/') + mountPoint), new SandboxData(state), events, deliveries, appSecretKey.PublicKey);
    }

    /// <summary>Completes when the sandbox is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _events.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The base URL; the sandbox holds no secret to hide.</summary>
    public override string ToString() => $"PaymentSandbox at {BaseUrl}";
}
