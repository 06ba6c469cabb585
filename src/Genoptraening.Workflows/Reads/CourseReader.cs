using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Reads;

/// <summary>Reads one course from its partition of the event store: the source of truth, never behind.</summary>
public sealed class CourseReader(ICourseEventStore events, ServiceCatalog catalog)
{
    private const int ParallelReads = 16;

    /// <summary>
    /// The course; null when there is no such course or it is purged. A course still starting (claimed,
    /// its start step not yet taken) is read as its start step will write it: the decider's answer to
    /// the claim's start request at the request's own instant, which is what the step decides.
    /// </summary>
    public async Task<CourseRecord?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } history)
        {
            return null;
        }

        if (history.Events.Count > 0)
        {
            var course = ReplayedCourse.Of(history, catalog);
            return new CourseRecord(courseId, history.ReferralKey, history.Events, course.Events, course.State, history.LastStep);
        }

        return await StartingAsync(courseId, history, cancellationToken).ConfigureAwait(false);
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

    private async Task<CourseRecord?> StartingAsync(Guid courseId, CourseHistory history, CancellationToken cancellationToken)
    {
        if (await events.LoadRequestAsync(courseId, RaisedRequest.Start, cancellationToken).ConfigureAwait(false) is not { } start
            || CourseDecider.Decide(CourseState.Initial, CommandJson.Deserialize(start.CommandType, start.CommandData, ReplayedCourse.ResolveIn(catalog)), start.DecideAt)
                is not Decision.Accepted accepted)
        {
            return null;
        }

        var by = Actor.Of(accepted.Events, start.By);
        var stored = accepted.Events.Select((e, i) => StoredCourseEvent.Of(e, i + 1, StepCommit.StartStep, by[i])).ToList();
        return new CourseRecord(courseId, history.ReferralKey, stored, accepted.Events, CourseDecider.Fold(accepted.Events), LastStep: 0);
    }
}
