using System.Net;
using System.Text;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>A transport that answers every request with an invoice and remembers what it was sent.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    public List<(Uri Url, Dictionary<string, string> Headers)> Requests { get; } = [];

    public (Uri Url, Dictionary<string, string> Headers) Single => Assert.Single(Requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request.RequestUri!, request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value))));
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(TestFiles.ResponseBody("invoice-with-discount.json"), Encoding.UTF8, "application/json"),
        });
    }
}
