using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Reports;
using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Api.Dashboard;

/// <summary>
/// The quality report of the courses a municipality received in a period (the API and the page share
/// it): the store counts the courses by their report facts, the domain computes the figures.
/// </summary>
public sealed class QualityReportLoader(ICourseStore store, ServiceCatalog catalog)
{
    public async Task<IReadOnlyList<QualityFigures>> LoadAsync(string municipality, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        var (start, end) = QualityReport.Bounds(from, to);
        var rows = await store.CountReportFactsAsync(municipality, start, end, cancellationToken).ConfigureAwait(false);
        var groups = new List<FactsCount>(rows.Count);
        foreach (var row in rows)
        {
            // Facts are null only between the migration and the start-up backfill.
            if (row.Facts is not null && StandardId.TryParse(row.Standard, out var standard))
            {
                groups.Add(new FactsCount(standard, row.StandardVersion, CourseFacts.Decode(row.Facts), row.Count));
            }
        }

        return QualityReport.Compute(groups, catalog.Version);
    }
}
