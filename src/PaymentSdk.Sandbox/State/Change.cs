using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PaymentSdk.Sandbox.State;

/// <summary>One change of one mode, made under the sandbox's lock: the mode's tables, the time of the change, and the events it raises.</summary>
internal sealed class Change(ModeState mode, DateTimeOffset now)
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

    /// <summary>A fresh id for an object made while running (the seed's come from its own generator).</summary>
    public static string NewId(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..24];
}
