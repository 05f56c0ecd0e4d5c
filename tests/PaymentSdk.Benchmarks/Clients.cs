using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaymentSdk.Serialization;

namespace PaymentSdk.Benchmarks;

/// <summary>The clients compared: the SDK (with or without signing) and the hand-written floor.</summary>
internal static class Clients
{
    /// <summary>The SDK as an app uses it: retries on, a logger factory (nothing enabled below Information), optionally signing.</summary>
    public static PaymentClient Sdk(Uri baseUrl, bool signed, ILoggerFactory loggerFactory)
    {
        var options = new PaymentClientOptions { BaseUrl = baseUrl, LiveMode = false, LoggerFactory = loggerFactory };
        if (signed)
        {
            var (did, secretKey) = BenchmarkData.ComponentKey();
            options.Authenticator = PaymentAuthenticator.ComponentSignature(did, secretKey);
        }
        return new PaymentClient(options);
    }

    public static ILoggerFactory Logging() => LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information));

    /// <summary>What a developer writes without an SDK: GET, parse the stream into a <see cref="JsonDocument"/>, count the list.</summary>
    public static async Task<int> BareListAsync(HttpClient http, Uri listUrl)
    {
        await using var stream = await http.GetStreamAsync(listUrl);
        using var page = await JsonDocument.ParseAsync(stream);
        return page.RootElement.GetProperty("list").GetArrayLength();
    }

    /// <summary>
    /// What hand-written typed code does: the same GET, read with System.Text.Json into the SDK's own models
    /// (its source-generated metadata), no retries, logging or error mapping. The SDK's overhead is measured against this.
    /// </summary>
    public static async Task<int> BareTypedListAsync(HttpClient http, Uri listUrl) =>
        (await http.GetFromJsonAsync(listUrl, PaymentJsonContext.Default.PaginatedInvoiceExpanded))!.List.Count;

    public static async Task<int> SdkListAsync(PaymentClient payment) =>
        (await payment.Invoices.ListAsync(new InvoiceListOptions { PageSize = BenchmarkData.PageSize })).List.Count;
}
