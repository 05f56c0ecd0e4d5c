using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// A transport in the process, for addresses no test can serve (<c>https://host/payment</c>): notes each request's
/// method and absolute URL as the SDK handed it over, and answers 200 with an invoice.
/// </summary>
public sealed class AnsweringTransport : HttpMessageHandler
{
    public ConcurrentQueue<string> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request.Method + " " + request.RequestUri!.AbsoluteUri);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(TestFiles.ResponseBody("invoice-with-discount.json"), Encoding.UTF8, "application/json"),
        });
    }
}
