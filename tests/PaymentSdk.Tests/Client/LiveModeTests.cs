using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Client;

/// <summary>
/// <c>livemode</c> on the wire, from the option and from each environment variable in payment-js's
/// order. These tests change process environment variables, so they run in a collection of their own,
/// alone, and each restores what it changed.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class LiveModeTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    private static readonly string[] Variables = ["PAYMENT_LIVEMODE", "PAYMENT_LIVE_MODE", "PAYMENT_TEST_MODE"];

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public async Task The_option_sets_livemode(bool liveMode, string expected)
    {
        var mount = NewMount();
        using var payment = NewClient(mount, liveMode);

        await payment.Invoices.VoidAsync("inv_123");

        Assert.Equal($"/{mount}/api/invoices/inv_123/void?livemode={expected}", WireMock.SingleRequest(mount).Url);
    }

    [Theory]
    [InlineData(null, null, null, "true")]              // none set: live
    [InlineData("true", null, null, "true")]
    [InlineData("false", null, null, "false")]
    [InlineData("false", "true", "false", "false")]     // PAYMENT_LIVEMODE wins over the others
    [InlineData("", "false", null, "false")]             // empty counts as unset, as in JavaScript
    [InlineData(null, "true", null, "true")]
    [InlineData(null, "false", "false", "false")]        // PAYMENT_LIVE_MODE wins over PAYMENT_TEST_MODE
    [InlineData(null, null, "true", "false")]
    [InlineData(null, null, "false", "true")]
    [InlineData("TRUE", null, null, "false")]            // only the exact text "true" is true, as in payment-js
    public async Task The_environment_sets_the_default(string? liveMode, string? liveModeUnderscored, string? testMode, string expected)
    {
        var saved = Variables.Select(Environment.GetEnvironmentVariable).ToArray();
        try
        {
            Environment.SetEnvironmentVariable("PAYMENT_LIVEMODE", liveMode);
            Environment.SetEnvironmentVariable("PAYMENT_LIVE_MODE", liveModeUnderscored);
            Environment.SetEnvironmentVariable("PAYMENT_TEST_MODE", testMode);
            var mount = NewMount();
            using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = WireMock.BaseUrl(mount) });

            await payment.Invoices.RetrieveAsync("inv_123");

            Assert.Equal($"/{mount}/api/invoices/inv_123?livemode={expected}", WireMock.SingleRequest(mount).Url);
        }
        finally
        {
            for (var i = 0; i < Variables.Length; i++) Environment.SetEnvironmentVariable(Variables[i], saved[i]);
        }
    }

    [Fact]
    public async Task Code_wins_over_the_environment()
    {
        var saved = Environment.GetEnvironmentVariable("PAYMENT_TEST_MODE");
        try
        {
            Environment.SetEnvironmentVariable("PAYMENT_TEST_MODE", "true");
            var mount = NewMount();
            using var payment = NewClient(mount, liveMode: true);

            await payment.Invoices.RetrieveAsync("inv_123");

            Assert.EndsWith("?livemode=true", WireMock.SingleRequest(mount).Url);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PAYMENT_TEST_MODE", saved);
        }
    }
}
