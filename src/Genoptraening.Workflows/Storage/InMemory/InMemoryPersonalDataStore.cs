using System.Collections.Concurrent;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>Personal data in memory, keyed by course id.</summary>
public sealed class InMemoryPersonalDataStore : IPersonalDataStore
{
    private readonly ConcurrentDictionary<Guid, PersonalData> rows = new();

    public Task SaveAsync(Guid courseId, PersonalData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        rows[courseId] = data;
        return Task.CompletedTask;
    }

    public Task<PersonalData?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(rows.GetValueOrDefault(courseId));

    public Task DeleteAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        rows.TryRemove(courseId, out _);
        return Task.CompletedTask;
    }
}
