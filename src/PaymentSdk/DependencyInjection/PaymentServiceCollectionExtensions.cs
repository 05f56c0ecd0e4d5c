using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentSdk;
using PaymentSdk.DependencyInjection;
using PaymentSdk.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PaymentSdk in a service collection, as a typed client of <c>IHttpClientFactory</c>.</summary>
public static class PaymentServiceCollectionExtensions
{
    /// <summary>The name of the <c>HttpClient</c> the SDK's typed client uses.</summary>
    public const string HttpClientName = "PaymentSdk";

    /// <summary>
    /// Registers <see cref="PaymentClient"/> and each of its services (<see cref="IInvoiceService"/>, <see cref="IWebhookEndpointService"/>, …) with options bound from
    /// <paramref name="configuration"/> (such as <c>configuration.GetSection("PaymentKit")</c>: <c>BaseUrl</c>,
    /// <c>LiveMode</c>, <c>AccessKey</c>, <c>AllowInsecureHttp</c>, <c>Retry:MaxRetries</c>, ...). Settings left out
    /// fall back to the environment as in <c>new PaymentClient()</c>; the options are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section of the SDK.</param>
    /// <returns>The builder of the SDK's <c>HttpClient</c>, to add handlers of your own (they run once per attempt).</returns>
    public static IHttpClientBuilder AddPaymentSdk(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        services.AddOptions<PaymentClientOptions>().Bind(configuration);
        return AddPaymentSdkCore(services);
    }

    /// <summary>
    /// Registers <see cref="PaymentClient"/> and each of its services (<see cref="IInvoiceService"/>, <see cref="IWebhookEndpointService"/>, …) with options set in code.
    /// Settings left out fall back to the environment as in <c>new PaymentClient()</c>; the options are
    /// validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the SDK's <c>HttpClient</c>, to add handlers of your own (they run once per attempt).</returns>
    public static IHttpClientBuilder AddPaymentSdk(this IServiceCollection services, Action<PaymentClientOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        services.AddOptions<PaymentClientOptions>().Configure(configure);
        return AddPaymentSdkCore(services);
    }

    private static IHttpClientBuilder AddPaymentSdkCore(IServiceCollection services)
    {
        services.AddOptions<PaymentClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PaymentClientOptions>, PaymentClientOptionsValidator>());

        // The app's logger factory, unless the options name one: then the handlers log as in new PaymentClient(options).
        services.AddOptions<PaymentClientOptions>().PostConfigure<IServiceProvider>((options, provider) => options.LoggerFactory ??= provider.GetService<ILoggerFactory>());

        // The same chain as new PaymentClient(options), from the same place: retries and timeouts, then authentication
        // per attempt, then the SDK's own connections (no redirects, a connect timeout of its own). Handlers added to
        // the returned builder come after these, so they run once per attempt.
        var builder = services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => HandlerChain.OwnedConnections(Options(provider).Retry))
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                foreach (var handler in HandlerChain.Handlers(Options(provider))) handlers.Add(handler);
            })
            // The factory's own loggers write full URLs (ids, query values) at Information; the SDK logs route
            // templates instead. Call AddDefaultLogger() on the returned builder to have them back.
            .RemoveAllLoggers();
        builder.AddTypedClient((httpClient, provider) => PaymentClient.OverFactoryClient(Options(provider), httpClient));
        // Every service of the client, from the client's one list of them.
        foreach (var (service, of) in PaymentClient.Services)
            services.TryAdd(ServiceDescriptor.Transient(service, provider => of(provider.GetRequiredService<PaymentClient>())));
        return builder;
    }

    private static PaymentClientOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<PaymentClientOptions>>().Value;
}
