namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Every test that talks to WireMock: one server for the run. Tests in the collection run one at a
/// time, which also keeps the environment-variable tests from racing with the others.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WireMockCollection : ICollectionFixture<WireMockFixture>
{
    public const string Name = "WireMock";
}
