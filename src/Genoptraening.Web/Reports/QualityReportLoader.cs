using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Reports;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Reports;

/// <summary>
/// The quality report of the courses a municipality received in a period (the API and the page share
/// it): the read model counts the courses by their report facts, the domain computes the figures.
/// </summary>
public sealed class QualityReportLoader(ICourseReadModel readModel, ServiceCatalog catalog)
{
    public async Task<IReadOnlyList<QualityFigures>> LoadAsync(string municipality, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        var (start, end) = QualityReport.Bounds(from, to);
        var groups = await readModel.CountFactsAsync(municipality, start, end, cancellationToken).ConfigureAwait(false);
        return QualityReport.Compute(groups, catalog.Version);
    }
}
