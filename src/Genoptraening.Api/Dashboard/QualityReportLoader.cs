using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Reports;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Api.Dashboard;

/// <summary>Loads the courses a municipality received in a period and computes their quality report (the API and the page share it).</summary>
public sealed class QualityReportLoader(ICourseStore store, CourseRuntime runtime)
{
    private const int Page = 500;

    public async Task<IReadOnlyList<QualityFigures>> LoadAsync(string municipality, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        var (start, end) = QualityReport.Bounds(from, to);
        var states = new List<CourseState>();
        (long, Guid)? after = null;
        while (true)
        {
            var rows = await store.ListCoursesAsync(new CourseQuery(municipality, null, null, null, Page, after, start, end), cancellationToken).ConfigureAwait(false);
            states.AddRange((await runtime.LoadManyAsync([.. rows.Select(r => r.Id)], cancellationToken).ConfigureAwait(false)).Select(c => c.State));
            if (rows.Count < Page)
            {
                return QualityReport.Compute(states);
            }

            after = (CourseQuery.SortKeyOf(rows[^1]), rows[^1].Id);
        }
    }
}
