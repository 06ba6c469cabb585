using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Reads;

/// <summary>Reads one course from its partition of the event store: the source of truth, never behind.</summary>
public sealed class CourseReader(ICourseEventStore events, ServiceCatalog catalog)
{
    private const int ParallelReads = 16;

    /// <summary>The course once its start step is written; null when there is no such course, it is purged, or it is still starting.</summary>
    public async Task<CourseRecord?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { Events.Count: > 0 } history)
        {
            return null;
        }

        var course = ReplayedCourse.Of(history, catalog);
        return new CourseRecord(courseId, history.ReferralKey, history.Events, course.Events, course.State);
    }

    /// <summary>Several courses, read side by side (a page of the dashboard); those not found are left out, the order kept.</summary>
    public async Task<IReadOnlyList<CourseRecord>> LoadManyAsync(IReadOnlyList<Guid> courseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(courseIds);
        var courses = new CourseRecord?[courseIds.Count];
        await Parallel.ForAsync(0, courseIds.Count, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) => courses[i] = await LoadAsync(courseIds[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. courses.OfType<CourseRecord>()];
    }
}
