namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Tests that change the process's environment variables: they run alone, after every other test, so
/// that no client elsewhere reads a value one of them set. Each restores what it changed.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Process environment";
}
