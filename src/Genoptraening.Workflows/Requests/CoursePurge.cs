using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// Removes a course for good (the citizen's right to erasure, or the municipality's retention
/// period): a tombstone that keeps the id claimed, the orchestration ended and purged from the task
/// hub, then the course's events, requests, answers, read-model row and CPR row deleted.
/// </summary>
public sealed class CoursePurge(
    ICourseEventStore events, ICourseReadModel readModel, IPersonalDataStore personalData, CourseOrchestrations orchestrations, ServiceCatalog catalog)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>False when there is no such course (never claimed, or purged already).</summary>
    public async Task<bool> PurgeAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } history)
        {
            return false;
        }

        var municipality = ReplayedCourse.Of(history, catalog).State.Rules?.Id.Municipality;
        await events.PurgeAsync(courseId, cancellationToken).ConfigureAwait(false);
        await orchestrations.TerminateAndPurgeAsync(courseId, Patience, cancellationToken).ConfigureAwait(false);
        if (municipality is not null)
        {
            await readModel.DeleteAsync(municipality, courseId, cancellationToken).ConfigureAwait(false);
        }

        await personalData.DeleteAsync(courseId, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
