using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Errors;

/// <summary>
/// The routes are a Refit interface, but no Refit type reaches a caller: an error status, a body that is
/// not the answer, a broken connection and a timeout all end in the SDK's own exceptions, whose causes
/// are the transport's or the JSON reader's, never Refit's.
/// </summary>
public sealed class NoRefitTypeTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Fact]
    public async Task Every_kind_of_failure_ends_in_the_sdks_own_exception()
    {
        var mount = NewMount();
        using var payment = NewClient(mount, retry: r => r.MaxRetries = 0);
        using var impatient = NewClient(mount, retry: r => { r.MaxRetries = 0; r.AttemptTimeout = TimeSpan.FromMilliseconds(300); });
        using var broken = new FaultServer(ConnectionFault.Reset);
        using var overBroken = NewClient(mount, retry: r => r.MaxRetries = 0, server: broken);

        var failures = new[]
        {
            await Assert.ThrowsAsync<PaymentServerException>(() => payment.Invoices.RetrieveAsync("inv_err_500")) as Exception,
            await Assert.ThrowsAsync<PaymentApiException>(() => payment.Invoices.RetrieveAsync("inv_truncated")),
            await Assert.ThrowsAsync<PaymentTimeoutException>(() => impatient.Invoices.RetrieveAsync(PaymentKitStubs.SlowId)),
            await Assert.ThrowsAsync<PaymentConnectionException>(() => overBroken.Invoices.VoidAsync("inv_1")),
        };

        foreach (var failure in failures)
        {
            for (var e = failure; e is not null; e = e.InnerException)
                Assert.False(e.GetType().Namespace?.StartsWith("Refit", StringComparison.Ordinal), $"{failure.GetType().Name} carries a {e.GetType().FullName}.");
        }
    }
}
