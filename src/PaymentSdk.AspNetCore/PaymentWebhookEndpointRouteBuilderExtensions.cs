using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaymentSdk;
using PaymentSdk.AspNetCore;
using PaymentSdk.AspNetCore.Redelivery;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps an endpoint that receives Payment Kit's webhook deliveries.</summary>
public static class PaymentWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The largest delivery accepted: 1 MB. A larger body is answered 413 without being read whole.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// Receives Payment Kit's event deliveries at <paramref name="pattern"/> (POST): reads the raw body (at most
    /// 1 MB, else 413), verifies the Blocklet component signature with the <see cref="PaymentWebhookVerifier"/>
    /// registered in the services (else one with the app's key from the environment, made now), answers 400
    /// <c>{"error":"Bad Request"}</c> or 401 <c>{"error":"verify sig failed"}</c> as <c>verifySig</c> does,
    /// calls <paramref name="handler"/> with the event, and answers 200 when it returns or 500 when it throws,
    /// so that Payment Kit delivers the event again. A signed body that is not a readable event is answered 400.
    /// <para>
    /// Each event reaches the handler once: Payment Kit delivers at least once, so an event id handled
    /// successfully within <see cref="PaymentWebhookOptions.RedeliveryWindow"/> (24 hours) is answered 200 without
    /// calling the handler again, and a copy that arrives while the first is being handled is answered 409 (Payment
    /// Kit delivers it again later). The ids are kept in the app's <c>IDistributedCache</c> when it registers one,
    /// so that its instances share them, else in memory (<see cref="PaymentWebhookOptions.MaxRememberedEvents"/>).
    /// </para>
    /// Works behind a mount point (<c>x-path-prefix</c>). Logs the event's type and id and why a delivery was
    /// refused, never a key, signature or body; a delivery cut off or abandoned by its sender is one line.
    /// </summary>
    /// <param name="endpoints">The app's routes.</param>
    /// <param name="pattern">Where Payment Kit delivers, such as <c>/payment/callback</c>: the URL registered with <see cref="IWebhookEndpointService.CreateAsync"/>.</param>
    /// <param name="handler">Handles one verified event; the token is cancelled when the delivery is aborted.</param>
    /// <returns>The endpoint's builder, to add metadata or filters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No verifier is registered and the environment holds no key to verify with.</exception>
    public static IEndpointConventionBuilder MapPaymentWebhook(this IEndpointRouteBuilder endpoints, string pattern, Func<PaymentEvent, CancellationToken, Task> handler)
    {
        if (endpoints is null) throw new ArgumentNullException(nameof(endpoints));
        var verifier = endpoints.ServiceProvider.GetService<PaymentWebhookVerifier>() ?? new PaymentWebhookVerifier();
        return endpoints.MapPaymentWebhook(pattern, verifier, handler);
    }

    /// <summary>Receives Payment Kit's event deliveries at <paramref name="pattern"/>, verified by <paramref name="verifier"/>; see the other overload.</summary>
    /// <param name="endpoints">The app's routes.</param>
    /// <param name="pattern">Where Payment Kit delivers.</param>
    /// <param name="verifier">Checks each delivery.</param>
    /// <param name="handler">Handles one verified event.</param>
    /// <returns>The endpoint's builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting of the registered <see cref="PaymentWebhookOptions"/> is out of range; the message names it.</exception>
    public static IEndpointConventionBuilder MapPaymentWebhook(this IEndpointRouteBuilder endpoints, string pattern, PaymentWebhookVerifier verifier, Func<PaymentEvent, CancellationToken, Task> handler)
    {
        if (endpoints is null) throw new ArgumentNullException(nameof(endpoints));
        if (pattern is null) throw new ArgumentNullException(nameof(pattern));
        if (verifier is null) throw new ArgumentNullException(nameof(verifier));
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        var services = endpoints.ServiceProvider;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(WebhookLog.Category) ?? NullLogger.Instance;
        var options = services.GetService<IOptions<PaymentWebhookOptions>>()?.Value ?? new PaymentWebhookOptions();
        options.Validate();
        var receiver = new WebhookReceiver(verifier, handler, HandledEventsFor(services, options), logger);
        return endpoints.MapPost(pattern, receiver.ReceiveAsync);
    }

    /// <summary>The redelivery guard's store: the app's distributed cache when it has one, else memory; none when the guard is off.</summary>
    private static HandledEvents? HandledEventsFor(IServiceProvider services, PaymentWebhookOptions options)
    {
        if (options.RedeliveryWindow == TimeSpan.Zero) return null;
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return services.GetService<IDistributedCache>() is { } cache
            ? new DistributedHandledEvents(cache, options, clock)
            : new InMemoryHandledEvents(options, clock);
    }
}
