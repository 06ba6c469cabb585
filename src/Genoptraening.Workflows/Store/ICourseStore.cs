using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>
/// State, history, timers and outbox in one database. SQLite (embedded) and PostgreSQL implement it
/// and pass one shared test suite.
/// </summary>
public interface ICourseStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema; safe to call from several processes at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    Task<StoredCourse?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>Several courses at once (those that exist), for a batch of timer steps.</summary>
    Task<IReadOnlyList<StoredCourse>> LoadManyAsync(IReadOnlyList<Guid> courseIds, CancellationToken cancellationToken = default);

    Task<PersonalData?> LoadPersonalDataAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CourseRow>> ListCoursesAsync(CourseQuery query, CancellationToken cancellationToken = default);

    /// <summary>A municipality's courses received in [<paramref name="from"/>, <paramref name="to"/>), counted by standard version and report facts.</summary>
    Task<IReadOnlyList<FactsCountRow>> CountReportFactsAsync(string municipality, Instant from, Instant to, CancellationToken cancellationToken = default);

    /// <summary>Courses written before report facts existed (ordered by id, after <paramref name="after"/>), for the backfill.</summary>
    Task<IReadOnlyList<Guid>> CoursesWithoutFactsAsync(Guid? after, int max, CancellationToken cancellationToken = default);

    /// <summary>Sets a course's report facts, unless a step has changed the course since <paramref name="version"/>.</summary>
    Task WriteFactsAsync(Guid courseId, int version, string facts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a course with its events, timer, messages and personal data, and records who did it
    /// in the audit log (which keeps the course id only). False when there was no such course.
    /// </summary>
    Task<bool> PurgeAsync(Guid courseId, string actor, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Throws when the database cannot be reached.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);

    Task<Guid?> FindByReferralKeyAsync(string referralKey, CancellationToken cancellationToken = default);

    /// <summary>Writes a step atomically, or nothing at all.</summary>
    Task<CommitResult> CommitAsync(StepWrite write, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes independent steps of different courses together (one transaction where the database
    /// allows): each is committed or, on a version conflict, skipped; the results are in order.
    /// </summary>
    Task<IReadOnlyList<CommitResult>> CommitManyAsync(IReadOnlyList<StepWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>Leases up to <paramref name="max"/> timers due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<TimerRow>> ClaimDueTimersAsync(string owner, Instant now, int max, Instant leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>The earliest timer's instant, leased or not; null when none is pending.</summary>
    Task<Instant?> NextTimerDueAsync(CancellationToken cancellationToken = default);

    Task<int> CountTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>Leases up to <paramref name="max"/> pending messages whose next attempt is due.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(string owner, Instant now, int max, Instant leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks messages delivered, in one statement.</summary>
    Task MarkDeliveredAsync(IReadOnlyList<string> messageIds, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Records a failed delivery: retried at <paramref name="retryAt"/>, or parked when that is null.</summary>
    Task MarkFailedAsync(string messageId, int attempts, Instant? retryAt, string error, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(OutboxStatus status, int max, CancellationToken cancellationToken = default);
}
