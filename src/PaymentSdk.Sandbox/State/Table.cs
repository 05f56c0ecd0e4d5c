namespace PaymentSdk.Sandbox.State;

/// <summary>
/// The objects of one resource in one mode: each stored once, found by id, listed newest first (as every
/// Payment Kit list answers). Objects that refer to others hold their ids; whatever a route expands is looked
/// up in the other tables when it is read, so a change shows everywhere at once.
/// </summary>
/// <typeparam name="T">The stored type.</typeparam>
internal sealed class Table<T>(Func<T, string> idOf, Func<T, DateTimeOffset?> createdOf) where T : class
{
    private readonly List<T> _newestFirst = [];
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);

    /// <summary>Every object, newest first.</summary>
    public IReadOnlyList<T> All => _newestFirst;

    public int Count => _newestFirst.Count;

    public T? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Adds an object in its place by creation time, newest first (before any created at the same instant).</summary>
    public void Add(T item)
    {
        _byId.Add(idOf(item), item);
        var created = createdOf(item);
        var index = _newestFirst.FindIndex(existing => createdOf(existing) <= created);
        _newestFirst.Insert(index < 0 ? _newestFirst.Count : index, item);
    }

    /// <summary>Adds objects already in order, newest first, after those stored.</summary>
    public void Load(IEnumerable<T> newestFirst)
    {
        foreach (var item in newestFirst)
        {
            _byId.Add(idOf(item), item);
            _newestFirst.Add(item);
        }
    }

    /// <summary>Puts <paramref name="changed"/> where the object with its id was.</summary>
    public void Replace(T changed)
    {
        var id = idOf(changed);
        var index = _newestFirst.FindIndex(existing => idOf(existing) == id);
        if (index < 0) throw new InvalidOperationException($"No stored object has id {id}.");
        _newestFirst[index] = changed;
        _byId[id] = changed;
    }

    public void Remove(T item)
    {
        _byId.Remove(idOf(item));
        _newestFirst.Remove(item);
    }
}
