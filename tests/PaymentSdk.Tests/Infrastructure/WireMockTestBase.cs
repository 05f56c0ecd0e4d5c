namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Base of tests against the stub server: one WireMock.Net server for the test class (the tests of a
/// class run one at a time, classes in parallel), and a mount point of its own for each client.
/// </summary>
public abstract class WireMockTestBase(WireMockFixture wireMock) : IClassFixture<WireMockFixture>
{
    protected WireMockFixture WireMock { get; } = wireMock;

    /// <summary>A mount point no other test uses, starting with <paramref name="prefix"/> (which stubs may match on).</summary>
    protected static string NewMount(string prefix = "t") => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Options for the Payment Kit "mounted" at <paramref name="mount"/> of <paramref name="server"/> (the
    /// stub server unless told otherwise), in test mode unless told otherwise, with the default retry
    /// policy but millisecond waits so the suite stays fast.
    /// </summary>
    protected PaymentClientOptions NewOptions(string mount, bool liveMode = false, Action<PaymentRetryOptions>? retry = null, IRequestLog? server = null)
    {
        var options = new PaymentClientOptions
        {
            BaseUrl = (server ?? WireMock).BaseUrl(mount),
            LiveMode = liveMode,
            Retry = { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAfter = TimeSpan.FromSeconds(2) },
        };
        retry?.Invoke(options.Retry);
        return options;
    }

    /// <summary>A client made from <see cref="NewOptions"/>.</summary>
    protected PaymentClient NewClient(string mount, bool liveMode = false, Action<PaymentRetryOptions>? retry = null, IRequestLog? server = null) =>
        new(NewOptions(mount, liveMode, retry, server));
}
