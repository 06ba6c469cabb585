namespace Genoptraening.Domain.Vocabulary;

/// <summary>
/// An enum's names written out, one per value: what is stored and sent is this table's text, never a
/// CLR member's name, so renaming a member cannot make a stored history or a client's request unreadable.
/// The table refuses to be built unless it names every value exactly once.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class NameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> names = [];
    private readonly Dictionary<string, TEnum> values = new(StringComparer.Ordinal);

    public NameTable(params (TEnum Value, string Name)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (value, name) in entries)
        {
            if (!names.TryAdd(value, name) || !values.TryAdd(name, value))
            {
                throw new ArgumentException($"{typeof(TEnum).Name}: {value} or '{name}' is named twice.", nameof(entries));
            }
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (!names.ContainsKey(value))
            {
                throw new ArgumentException($"{typeof(TEnum).Name}: {value} has no name.", nameof(entries));
            }
        }
    }

    /// <summary>The names in the enum's order.</summary>
    public IReadOnlyList<string> Names => [.. Enum.GetValues<TEnum>().Select(v => names[v])];

    public string NameOf(TEnum value) =>
        names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no such value.");

    /// <summary>Parses a name exactly (no numbers, no other casing).</summary>
    public bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && values.TryGetValue(name, out value);
    }

    /// <summary>The value a stored name names; a name not in the table is a corrupt record.</summary>
    public TEnum Parse(string? name) =>
        TryParse(name, out var value) ? value : throw new InvalidOperationException($"'{name}' names no {typeof(TEnum).Name}.");
}
