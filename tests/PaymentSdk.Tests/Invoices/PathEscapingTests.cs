using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Invoices;

/// <summary>
/// Every id travels as exactly one path segment (payment-js sent <c>inv/../x y</c> as
/// <c>/api/invoices/x%20y</c>). The stub server's request log shows the path as it arrived.
/// </summary>
public sealed class PathEscapingTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Theory]
    [InlineData("inv/../x y", "inv%2F..%2Fx%20y")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("..x", "..x")]
    [InlineData("inv?livemode=true", "inv%3Flivemode%3Dtrue")]
    [InlineData("inv#frag", "inv%23frag")]
    [InlineData("100%", "100%25")]
    [InlineData("%2F", "%252F")]
    [InlineData("with space", "with%20space")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("inv_😀", "inv_%F0%9F%98%80")]
    [InlineData("a\\b", "a%5Cb")]
    public async Task RetrieveAsync_escapes_the_id_as_one_segment(string id, string expectedSegment)
    {
        var mount = NewMount();
        using var payment = NewClient(mount);

        await payment.Invoices.RetrieveAsync(id);

        Assert.Equal($"/{mount}/api/invoices/{expectedSegment}?livemode=false", WireMock.SingleRequest(mount).Url);
    }

    [Fact]
    public async Task Every_method_escapes_its_id()
    {
        var mount = NewMount();
        using var payment = NewClient(mount);
        const string id = "x/../y ?#%é";
        const string segment = "x%2F..%2Fy%20%3F%23%25%C3%A9";

        await payment.Invoices.UpdateAsync(id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["k"] = "v" } });
        await payment.Invoices.VoidAsync(id);
        await payment.Invoices.GetReturnStakeAsync(id);
        await payment.Invoices.ReturnStakeAsync(id);

        Assert.Equal(
            new[]
            {
                $"PUT /{mount}/api/invoices/{segment}?livemode=false",
                $"POST /{mount}/api/invoices/{segment}/void?livemode=false",
                $"GET /{mount}/api/invoices/{segment}/return-stake?livemode=false",
                $"POST /{mount}/api/invoices/{segment}/return-stake?livemode=false",
            },
            WireMock.Requests(mount).Select(r => r.Method + " " + r.Url));
    }

    [Fact]
    public async Task A_base_url_with_a_trailing_slash_gives_the_same_path()
    {
        var mount = NewMount();
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri(WireMock.Root, "/" + mount + "/"), LiveMode = false });

        await payment.Invoices.RetrieveAsync("inv_123");

        Assert.Equal($"/{mount}/api/invoices/inv_123?livemode=false", WireMock.SingleRequest(mount).Url);
    }
}
