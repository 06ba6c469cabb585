using DurableTask.Core;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>
/// The name/version lookup <see cref="TaskHubWorker"/> asks for orchestrations and activities (Core's own
/// NameVersionObjectManager is internal in 3.11.2). Our tasks have no version: the empty version matches any.
/// </summary>
internal sealed class CreatorRegistry<T> : INameVersionObjectManager<T>
{
    private readonly Dictionary<string, ObjectCreator<T>> creators = new(StringComparer.Ordinal);

    public void Add(ObjectCreator<T> creator)
    {
        ArgumentNullException.ThrowIfNull(creator);
        creators.Add(creator.Name, creator);
    }

    public T? GetObject(string name, string? version) =>
        creators.TryGetValue(name, out var creator) ? creator.Create() : default;
}
