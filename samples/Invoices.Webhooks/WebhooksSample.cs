using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PaymentSdk;
using PaymentSdk.Samples;

namespace Invoices.Webhooks;

/// <summary>
/// Receives Payment Kit's invoice events in a minimal ASP.NET Core app: registers its endpoint, voids an invoice
/// and prints the typed <c>invoice.voided</c> that arrives. Against the offline sandbox unless <c>PAYMENT_KIT_URL</c>
/// is set; then Payment Kit must be able to reach this app (<see cref="PublicUrlOption"/>), deliveries are verified
/// with the Blocklet app's key from the environment, and an invoice is voided only when named (<see cref="VoidOption"/>).
/// </summary>
public static class WebhooksSample
{
    /// <summary>Where Payment Kit reaches this app's <c>/payment/callback</c> (a real Payment Kit only), such as <c>https://shop.example/payment/callback</c>.</summary>
    public const string PublicUrlOption = "--public-url";

    /// <summary>Where this app listens (a real Payment Kit only); default <c>http://0.0.0.0:8080</c>.</summary>
    public const string ListenOption = "--listen";

    /// <summary>The invoice to void on a real Payment Kit; without it the app waits for events until Ctrl+C.</summary>
    public const string VoidOption = "--void";

    /// <summary>The path events are delivered to.</summary>
    public const string CallbackPath = "/payment/callback";

    private static readonly string[] Events = [PaymentEventTypes.InvoiceVoided, PaymentEventTypes.InvoicePaid, PaymentEventTypes.InvoiceUpdated];

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command line: <see cref="PublicUrlOption"/>, <see cref="ListenOption"/>, <see cref="VoidOption"/>, each with a value.</param>
    /// <param name="output">Where the sample writes.</param>
    /// <param name="environment">Reads an environment variable: <c>PAYMENT_KIT_URL</c>, the credentials, the app key.</param>
    /// <param name="cancellationToken">Stops the sample.</param>
    /// <returns>0 when the event arrived (or, waiting, on Ctrl+C); 1 when Payment Kit refused a call or no event came; 2 for a bad option.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var unknown = args.Where((a, i) => a.StartsWith("--", StringComparison.Ordinal) && a is not (PublicUrlOption or ListenOption or VoidOption)).ToList();
        if (unknown.Count > 0)
        {
            output.WriteLine($"Unknown option {unknown[0]}: the options are {PublicUrlOption}, {ListenOption} and {VoidOption}, each with a value.");
            return 2;
        }

        await using var connection = await PaymentKitConnection.OpenAsync(environment, cancellationToken);
        output.WriteLine($"PaymentSdk webhooks: talking to {connection.Description}.");
        var publicUrl = Option(PublicUrlOption);
        if (!connection.IsSandbox && publicUrl is null)
        {
            output.WriteLine($"A real Payment Kit must reach this app: pass {PublicUrlOption} <url of {CallbackPath}>.");
            return 2;
        }

        var voided = new TaskCompletionSource<PaymentEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(connection.IsSandbox ? "http://127.0.0.1:0" : Option(ListenOption) ?? "http://0.0.0.0:8080");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        // The sandbox signs with a key of its own; a real Payment Kit with the Blocklet app's (BLOCKLET_APP_SK, ...).
        var verifier = connection.SandboxAppPublicKey is { } key
            ? new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = key })
            : new PaymentWebhookVerifier();
        app.MapPaymentWebhook(CallbackPath, verifier, (evt, _) =>
        {
            output.WriteLine($"   received {evt.Type} {evt.Id}");
            if (evt.Type == PaymentEventTypes.InvoiceVoided) voided.TrySetResult(evt);
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken);

        var payment = connection.Client;
        var url = publicUrl ?? app.Urls.First().TrimEnd('/') + CallbackPath;
        try
        {
            var endpoint = await payment.WebhookEndpoints.CreateAsync(
                new WebhookEndpointCreateOptions { Url = url, EnabledEvents = Events, Description = "PaymentSdk webhooks sample" }, cancellationToken);
            output.WriteLine($"1. registered endpoint {endpoint.Id} for {string.Join(", ", endpoint.EnabledEvents)} at {url}");
            try
            {
                return await VoidAndReceiveAsync(connection, Option(VoidOption), voided.Task, output, cancellationToken);
            }
            finally
            {
                await payment.WebhookEndpoints.DeleteAsync(endpoint.Id, CancellationToken.None);
                output.WriteLine($"4. removed endpoint {endpoint.Id}");
            }
        }
        catch (PaymentException problem)
        {
            output.WriteLine($"Payment Kit refused or could not be reached: {problem.Message}");
            return 1;
        }
    }

    private static async Task<int> VoidAndReceiveAsync(PaymentKitConnection connection, string? invoiceId, Task<PaymentEvent> voided, TextWriter output, CancellationToken cancellationToken)
    {
        var payment = connection.Client;
        if (invoiceId is null && connection.IsSandbox)
            invoiceId = (await payment.Invoices.ListAsync(new InvoiceListOptions { Status = InvoiceStatus.Open, PageSize = 1 }, cancellationToken)).List.FirstOrDefault()?.Id;
        if (invoiceId is null)
        {
            output.WriteLine($"2. waiting for events (Ctrl+C to stop; {VoidOption} <invoice id> voids one)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        }

        var invoice = await payment.Invoices.VoidAsync(invoiceId, cancellationToken);
        output.WriteLine($"2. voided {invoice.Id} ({invoice.Number}): {invoice.Status}");
        try
        {
            var evt = await voided.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            evt.Data.TryGetInvoice(out var delivered);
            output.WriteLine($"3. {evt.Type} arrived, verified: invoice {delivered?.Id} is {delivered?.Status}, was {evt.Data.PreviousAttributes?.GetProperty("status")}");
            return 0;
        }
        catch (TimeoutException)
        {
            output.WriteLine("3. no invoice.voided arrived within 30 s");
            return 1;
        }
    }
}
