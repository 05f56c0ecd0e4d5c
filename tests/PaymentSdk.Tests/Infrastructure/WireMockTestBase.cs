namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Base of tests against WireMock: each client gets a mount point of its own.</summary>
[Collection(WireMockCollection.Name)]
public abstract class WireMockTestBase
{
    protected WireMockTestBase(WireMockFixture wireMock) => WireMock = wireMock;

    protected WireMockFixture WireMock { get; }

    /// <summary>A mount point no other test uses, starting with <paramref name="prefix"/> (which stubs may match on).</summary>
    protected static string NewMount(string prefix = "t") => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Options for the Payment Kit "mounted" at <paramref name="mount"/>, in test mode unless told
    /// otherwise, with the default retry policy but millisecond waits so the suite stays fast.
    /// </summary>
    protected PaymentClientOptions NewOptions(string mount, bool liveMode = false, Action<PaymentRetryOptions>? retry = null)
    {
        var options = new PaymentClientOptions
        {
            BaseUrl = WireMock.BaseUrl(mount),
            LiveMode = liveMode,
            Retry = { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAfter = TimeSpan.FromSeconds(2) },
        };
        retry?.Invoke(options.Retry);
        return options;
    }

    /// <summary>A client made from <see cref="NewOptions"/>.</summary>
    protected PaymentClient NewClient(string mount, bool liveMode = false, Action<PaymentRetryOptions>? retry = null) =>
        new(NewOptions(mount, liveMode, retry));
}
