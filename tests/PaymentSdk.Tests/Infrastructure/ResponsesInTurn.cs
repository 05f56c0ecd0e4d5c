using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.ResponseProviders;
using WireMock.Settings;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Answers each request with the next of several responses. WireMock.Net's scenarios do this too, but
/// not under concurrency (measured: 64 requests in flight through a three-state scenario got 6 of 3,000
/// answered 404, matched by no state), so a counter chooses here.
/// </summary>
internal sealed class ResponsesInTurn(IReadOnlyList<IResponseBuilder> responses, bool cycle) : IResponseProvider
{
    private int _served = -1;

    public Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(IMapping mapping, HttpContext context, IRequestMessage requestMessage, WireMockServerSettings settings)
    {
        var turn = Interlocked.Increment(ref _served);
        var response = responses[cycle ? turn % responses.Count : Math.Min(turn, responses.Count - 1)];
        return response.ProvideResponseAsync(mapping, context, requestMessage, settings);
    }
}
