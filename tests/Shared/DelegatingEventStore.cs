using Genoptraening.Workflows.Storage;

namespace Genoptraening.Tests.Shared;

/// <summary>An event store that hands every call to the store it wraps; a test's store overrides only what it watches or breaks.</summary>
public abstract class DelegatingEventStore(ICourseEventStore inner) : ICourseEventStore
{
    public virtual Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default) =>
        inner.TryCreateAsync(courseId, start, referralKey, cancellationToken);

    public virtual Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.LoadAsync(courseId, cancellationToken);

    public virtual Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default) =>
        inner.TryAppendAsync(courseId, commit, cancellationToken);

    public virtual Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default) =>
        inner.SaveRequestAsync(courseId, request, cancellationToken);

    public virtual Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadRequestAsync(courseId, requestId, cancellationToken);

    public virtual Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadAnswerAsync(courseId, requestId, cancellationToken);

    public virtual Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default) =>
        inner.TombstoneAsync(courseId, municipality, cancellationToken);

    public virtual Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.DeleteRowsAsync(courseId, cancellationToken);
}
