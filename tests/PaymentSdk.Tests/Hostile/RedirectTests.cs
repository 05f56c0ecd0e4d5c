using System.Net;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Hostile;

/// <summary>
/// A redirect is never followed by the SDK's own connections (it surfaces as the 3xx answer), and when a caller's
/// <see cref="HttpClient"/> tries to follow one, the call fails once, saying so, instead of "could not reach".
/// </summary>
public sealed class RedirectTests
{
    private static FaultServer Redirecting() => new(async (request, stream, ct) =>
    {
        if (request.Url.StartsWith("/m/", StringComparison.Ordinal))
            await stream.WriteAsync(RawAnswers.Head(302, "Location: /elsewhere/api/invoices/in_1", "Content-Length: 0"), ct);
        else
            await RawAnswers.Json(200, TestFiles.ResponseBody("invoice-with-discount.json"))(request, stream, ct);
    });

    [Fact]
    public async Task A_callers_http_client_that_follows_a_redirect_fails_once_saying_so()
    {
        using var server = Redirecting();
        using var http = new HttpClient(); // follows redirects, as HttpClient does by default
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = server.BaseUrl("m"), LiveMode = false }, http);

        var error = await Assert.ThrowsAsync<PaymentConnectionException>(() => payment.Invoices.RetrieveAsync("in_1"));

        Assert.Contains("most likely to follow a redirect", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowAutoRedirect = false", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not reach", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(["/m/api/invoices/in_1?livemode=false"], server.AllRequests.Select(r => r.Url));
    }

    [Fact]
    public async Task The_sdks_own_connections_surface_the_redirect_as_the_answer_it_is()
    {
        using var server = Redirecting();
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = server.BaseUrl("m"), LiveMode = false });

        var error = await Assert.ThrowsAsync<PaymentApiException>(() => payment.Invoices.VoidAsync("in_1"));

        Assert.Equal(HttpStatusCode.Redirect, error.StatusCode);
        Assert.Single(server.AllRequests);
    }
}
