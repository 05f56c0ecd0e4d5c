using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>
/// The path below the base URL, however the base URL is written. (How ids are escaped on every route is in
/// <see cref="Conventions.IdEscapingTests"/>.) The stub server's request log shows the path as it arrived.
/// </summary>
public sealed class PathEscapingTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task A_base_url_with_a_trailing_slash_gives_the_same_path()
    {
        var mount = NewMount();
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri(WireMock.Root, "/" + mount + "/"), LiveMode = false });

        await payment.Invoices.RetrieveAsync("inv_123");

        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", WireMock.SingleRequest(mount).Url);
    }
}
