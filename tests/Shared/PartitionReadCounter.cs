using Genoptraening.Workflows.Storage;

namespace Genoptraening.Tests.Shared;

/// <summary>
/// Counts the whole-partition reads (<see cref="ICourseEventStore.LoadAsync"/>) made on one caller's path: only
/// reads made inside <see cref="Count"/>'s scope, on its async flow, are counted, so the course's own steps (run by
/// the worker on flows of their own) are not. Every call goes on to the store it wraps.
/// </summary>
public sealed class PartitionReadCounter(ICourseEventStore inner) : ICourseEventStore
{
    private static readonly AsyncLocal<Tally?> Current = new();

    /// <summary>Counts the partition reads made on this flow until the scope is disposed.</summary>
    public static Tally Count() => Current.Value = new Tally();

    public Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add();
        return inner.LoadAsync(courseId, cancellationToken);
    }

    public Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default) =>
        inner.TryCreateAsync(courseId, start, referralKey, cancellationToken);

    public Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default) =>
        inner.TryAppendAsync(courseId, commit, cancellationToken);

    public Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default) =>
        inner.SaveRequestAsync(courseId, request, cancellationToken);

    public Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadRequestAsync(courseId, requestId, cancellationToken);

    public Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadAnswerAsync(courseId, requestId, cancellationToken);

    public Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default) =>
        inner.TombstoneAsync(courseId, municipality, cancellationToken);

    public Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.DeleteRowsAsync(courseId, cancellationToken);

    /// <summary>The reads counted in one scope.</summary>
    public sealed class Tally : IDisposable
    {
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        internal void Add() => Interlocked.Increment(ref reads);

        public void Dispose() => Current.Value = null;
    }
}
