using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Retention;

/// <summary>
/// Purges every course that ended longer ago than its municipality keeps courses (<see cref="StandardVersion.RetentionYears"/>,
/// ten years unless its catalog file says otherwise), each purge audited as the retention sweep's; a tombstone keeps the
/// course's id claimed. It reads each municipality's ended courses from the read model, a range of its own partition.
/// And it lets go of the plan's free text of a course that ended in the last <see cref="TextChances"/> nights: the course
/// needs it no more, and it may name the citizen.
/// </summary>
public sealed class RetentionSweep(
    ICourseReadModel readModel, CourseReader reader, CoursePurge purge, IPersonalDataStore personalData, ServiceCatalog catalog, IClock clock)
{
    private const int PageSize = 500;

    /// <summary>How many nights after its end a course's text is looked for: a sweep that missed a night or two still finds it.</summary>
    public const int TextChances = 7;

    /// <summary>Sweeps now (the clock's): how many courses it purged.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var purged = 0;
        foreach (var municipality in catalog.Municipalities)
        {
            var keptFrom = Domain.Calendar.Copenhagen.StartOfDay(Domain.Calendar.Copenhagen.DateOf(now).PlusYears(-catalog.RetentionYearsOf(municipality)));
            string? token = null;
            do
            {
                var page = await readModel.ListAsync(new CourseListQuery(municipality, null, "ended", PageSize, token, null), cancellationToken).ConfigureAwait(false);
                foreach (var row in page.Items)
                {
                    var endedAt = await EndedAtAsync(row, cancellationToken).ConfigureAwait(false);
                    if (endedAt < keptFrom && await purge.PurgeAsync(row.CourseId, Actor.System, CoursePurge.RetentionRoute, cancellationToken).ConfigureAwait(false))
                    {
                        purged++;
                    }
                    else if (endedAt > now - Duration.FromDays(TextChances))
                    {
                        await LetTextGoAsync(row.CourseId, cancellationToken).ConfigureAwait(false);
                    }
                }

                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return purged;
    }

    private async Task LetTextGoAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (await personalData.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is { PlanText: not null } personal)
        {
            await personalData.SaveAsync(courseId, personal with { PlanText = null }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// When the row's course ended: from the row, or for a row published before rows carried it, from its history, and then
    /// the row is published again with it, so the next night reads it from the row.
    /// </summary>
    private async Task<Instant?> EndedAtAsync(CourseSummary row, CancellationToken cancellationToken)
    {
        if (row.EndedAt is { } ended)
        {
            return ended;
        }

        if (await reader.LoadAsync(row.CourseId, cancellationToken).ConfigureAwait(false) is not { State.EndedAt: { } endedAt } course)
        {
            return null;
        }

        await readModel.PublishAsync(Steps.CourseSummaries.Of(course.Id, course.LastStep, course.Version, course.State, course.ReferralKey), cancellationToken)
            .ConfigureAwait(false);
        return endedAt;
    }
}
