namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Base of tests against WireMock: each client gets a mount point of its own.</summary>
[Collection(WireMockCollection.Name)]
public abstract class WireMockTestBase
{
    protected WireMockTestBase(WireMockFixture wireMock) => WireMock = wireMock;

    protected WireMockFixture WireMock { get; }

    /// <summary>A mount point no other test uses, starting with <paramref name="prefix"/> (which stubs may match on).</summary>
    protected static string NewMount(string prefix = "t") => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A client of the Payment Kit "mounted" at <paramref name="mount"/>, in test mode unless told otherwise.</summary>
    protected PaymentClient NewClient(string mount, bool liveMode = false, TimeSpan? timeout = null) =>
        new(new PaymentClientOptions
        {
            BaseUrl = WireMock.BaseUrl(mount),
            LiveMode = liveMode,
            Timeout = timeout ?? PaymentClientOptions.DefaultTimeout,
        });
}
