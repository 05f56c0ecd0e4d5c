namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// The ids of what the seed makes through the sandbox's operations: drawn from the seed's generator, so the data is
/// the same on every start. <see cref="Reserve"/> hands an operation an id the seed drew earlier, where the seed has
/// always drawn an object's id before the fields the operation is given (a customer's id before its DID).
/// </summary>
internal sealed class SeedIds(SeededRandom random)
{
    private string? _reserved;

    public string Next(string prefix)
    {
        if (_reserved is not { } id) return random.Id(prefix);
        _reserved = null;
        return id;
    }

    /// <summary>The next id asked for is <paramref name="id"/>.</summary>
    public void Reserve(string id) => _reserved = id;
}
