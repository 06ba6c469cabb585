using System.Collections.Concurrent;
using NodaTime;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>The audit trail of CPR displays in memory.</summary>
public sealed class InMemoryPersonalDataAudit : IPersonalDataAudit
{
    private readonly ConcurrentQueue<PersonalDataView> views = new();

    public Task RecordAsync(PersonalDataView view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        views.Enqueue(view);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PersonalDataView>> ListAsync(Instant from, Instant to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalDataView>>([.. views.Where(v => v.At >= from && v.At < to).OrderBy(v => v.At)]);
}
