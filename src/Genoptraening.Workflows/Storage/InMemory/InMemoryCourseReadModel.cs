using System.Collections.Concurrent;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>The read model in memory: one row per course, a later step's row wins.</summary>
public sealed class InMemoryCourseReadModel : ICourseReadModel
{
    private readonly ConcurrentDictionary<Guid, CourseSummary> rows = new();

    public Task PublishAsync(CourseSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        rows.AddOrUpdate(summary.CourseId, summary, (_, existing) => existing.Step > summary.Step ? existing : summary);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default)
    {
        rows.TryRemove(courseId, out _);
        return Task.CompletedTask;
    }

    public Task<CourseSummary?> FindAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(rows.TryGetValue(courseId, out var row) && row.Municipality == municipality ? row : null);
}
