using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Routes;

namespace PaymentSdk.Sandbox;

/// <summary>
/// An offline Payment Kit: the seven invoice routes, served from memory on a loopback port, over a
/// deterministic seed of test-mode and live-mode invoices. State changes (update, void, return stake)
/// last as long as the sandbox.
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

    private PaymentSandbox(WebApplication app, Uri baseUrl, SandboxStore store)
    {
        _app = app;
        BaseUrl = baseUrl;
        Store = store;
    }

    /// <summary>Payment Kit's base URL in this sandbox, mount point included: give it to <c>PaymentClientOptions.BaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The sandbox's data: read copies of what it holds, to compare the API's answers with.</summary>
    public SandboxStore Store { get; }

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
        var mountPoint = MountPoint.Normalize(options.MountPoint);
        var authentication = new SandboxAuthentication(options);
        var store = new SandboxStore(SandboxSeed.Create(), options.TimeProvider);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        if (options.RequestLog is { } log) app.UseMiddleware<RequestLogMiddleware>(log);
        InvoiceEndpoints.Map(app.MapGroup(mountPoint), store, authentication);
        app.MapFallback(InvoiceEndpoints.NotFoundRoute);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PaymentSandbox(app, new Uri(address.TrimEnd('/') + mountPoint), store);
    }

    /// <summary>Completes when the sandbox is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The base URL; the sandbox holds no secret to hide.</summary>
    public override string ToString() => $"PaymentSandbox at {BaseUrl}";
}
