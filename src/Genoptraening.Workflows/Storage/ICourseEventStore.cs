namespace Genoptraening.Workflows.Storage;

/// <summary>
/// Each course's events, requests and answers, kept together (one Azure Table partition per course).
/// Creating the course is the intake's atomic claim of its id.
/// </summary>
public interface ICourseEventStore
{
    /// <summary>
    /// Claims the course id and stores the start request and the referral's key (its sender and own id,
    /// no personal data: who may read the course); false if the id was ever claimed.
    /// </summary>
    Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default);

    /// <summary>The course's history; null when the id was never claimed (or was purged).</summary>
    Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>Writes the step's events and answer together; false when the step or version no longer fits.</summary>
    Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default);

    /// <summary>Stores a request with the course; false when the course is not there (never claimed, or purged).</summary>
    Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default);

    Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default);

    Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the course purged: from now on it is not loaded and takes no request, and its id is never
    /// claimed again. Keeps the municipality given the first time, for a purge that must be resumed.
    /// </summary>
    /// <returns>The tombstone, or null when the id was never claimed.</returns>
    Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of the course but its tombstone; safe to repeat.</summary>
    Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default);
}
