using Genoptraening.Workflows.Storage;

namespace Genoptraening.Tests.Shared;

/// <summary>
/// Counts the whole-partition reads (<see cref="ICourseEventStore.LoadAsync"/>) made on one caller's path: only
/// reads made inside <see cref="Count"/>'s scope, on its async flow, are counted, so the course's own steps (run by
/// the worker on flows of their own) are not. Every call goes on to the store it wraps.
/// </summary>
public sealed class PartitionReadCounter(ICourseEventStore inner) : DelegatingEventStore(inner)
{
    private static readonly AsyncLocal<Tally?> Current = new();

    /// <summary>Counts the partition reads made on this flow until the scope is disposed.</summary>
    public static Tally Count() => Current.Value = new Tally();

    public override Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add();
        return base.LoadAsync(courseId, cancellationToken);
    }

    /// <summary>The reads counted in one scope.</summary>
    public sealed class Tally : IDisposable
    {
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        internal void Add() => Interlocked.Increment(ref reads);

        public void Dispose() => Current.Value = null;
    }
}
