using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// Removes a course for good (the citizen's right to erasure, or the municipality's retention
/// period), in ARCHITECTURE.md's order: a tombstone that keeps the id claimed and stops new
/// requests, the purge written to the audit trail with who asked, the orchestration ended and purged
/// from the task hub, then the course's events, requests, answers, read-model row and CPR row deleted.
/// </summary>
public sealed class CoursePurge(
    ICourseEventStore events, ICourseReadModel readModel, IPersonalDataStore personalData, IPersonalDataAudit audit, CourseOrchestrations orchestrations,
    ServiceCatalog catalog, IClock clock)
{
    /// <summary>The audit trail's route of a purge an administrator asked for.</summary>
    public const string RequestedRoute = "DELETE /api/courses/{id}";

    /// <summary>The audit trail's route of a purge the retention sweep made.</summary>
    public const string RetentionRoute = "retention sweep";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Purges the course for <paramref name="by"/> (an administrator's key, or <see cref="Actor.System"/> for the retention
    /// sweep) through <paramref name="route"/>, or goes on with a purge that stopped half-way (each part is safe to repeat;
    /// each attempt is audited). False when the id was never claimed.
    /// </summary>
    public async Task<bool> PurgeAsync(Guid courseId, string by, string route = RequestedRoute, CancellationToken cancellationToken = default)
    {
        var history = await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false);
        var municipality = history is null ? null : ReplayedCourse.Of(history, catalog).State.Rules?.Id.Municipality;
        if (await events.TombstoneAsync(courseId, municipality, cancellationToken).ConfigureAwait(false) is not { } tombstone)
        {
            return false;
        }

        await audit.RecordAsync(new PersonalDataView(clock.GetCurrentInstant(), courseId, tombstone.Municipality ?? string.Empty, by, route), cancellationToken)
            .ConfigureAwait(false);

        // The orchestration ends before the rows go, so no step in flight writes them again.
        await orchestrations.TerminateAndPurgeAsync(courseId, Patience, cancellationToken).ConfigureAwait(false);
        await events.DeleteRowsAsync(courseId, cancellationToken).ConfigureAwait(false);
        if (tombstone.Municipality is { } owner)
        {
            await readModel.DeleteAsync(owner, courseId, cancellationToken).ConfigureAwait(false);
        }

        await personalData.DeleteAsync(courseId, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
