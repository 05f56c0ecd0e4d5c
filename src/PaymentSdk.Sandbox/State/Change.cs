using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PaymentSdk.Sandbox.State;

/// <summary>
/// One change of one mode, made under the sandbox's lock: the mode's tables, the time of the change, where its new
/// ids come from, and the events it raises. The seed makes its data through the same operations, on its fixed clock
/// and with ids from its seeded generator.
/// </summary>
/// <param name="mode">The mode's state.</param>
/// <param name="now">The time of the change.</param>
/// <param name="newId">Makes a fresh id with a prefix (<c>prod</c> → <c>prod_…</c>); <see cref="RuntimeId"/> while running.</param>
internal sealed class Change(ModeState mode, DateTimeOffset now, Func<string, string> newId)
{
    private readonly List<RaisedEvent> _raised = [];

    public ModeState Mode { get; } = mode;

    /// <summary>The sandbox clock's time when the change began: every timestamp the change writes.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>What the change raised, in order.</summary>
    public IReadOnlyList<RaisedEvent> Raised => _raised;

    /// <summary>Raises an event about <paramref name="value"/> as it is now.</summary>
    public void Raise<T>(string type, string objectType, string? id, T value, JsonTypeInfo<T> typeInfo, JsonElement? previousAttributes = null) =>
        _raised.Add(new RaisedEvent(type, objectType, id, JsonSerializer.SerializeToElement(value, typeInfo), previousAttributes));

    /// <summary>A fresh id for an object this change makes.</summary>
    public string NewId(string prefix) => newId(prefix);

    /// <summary>The ids of objects made while running: random, 24 characters after the prefix, as Payment Kit's.</summary>
    public static string RuntimeId(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..24];
}
