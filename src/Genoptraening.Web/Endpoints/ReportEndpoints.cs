using System.Security.Claims;
using Genoptraening.Web.Http;
using Genoptraening.Web.Intake;
using Genoptraening.Web.Reports;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Endpoints;

/// <summary>The quality report: for a municipality and the courses it received in a period.</summary>
public static class ReportEndpoints
{
    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("GetQualityReport", "GET", "reports/quality", ApiAccess.AnyCaller, QualityAsync, b => b.WithTags("Reports")
            .WithSummary("Per standard and deadline kind: share met on time against the targets, working days to start, breaches, free-choice triggers.")),
    ];

    private static async Task<Results<Ok<QualityReportJson>, ValidationProblem, ProblemHttpResult>> QualityAsync(
        ClaimsPrincipal user, QualityReportLoader reports, Domain.Catalog.ServiceCatalog catalog, string? municipality, string? from, string? to, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var errors = new List<FieldError>();
        var scope = caller.Role == Caller.MunicipalityRole ? caller.Municipality : municipality;
        if (caller.Role == Caller.Hospital)
        {
            return Problems.Forbidden("Quality reports are for municipalities and administrators.");
        }

        if (scope is null || !catalog.Municipalities.Contains(scope) || (municipality is not null && municipality != scope))
        {
            errors.Add(new FieldError("municipality", municipality is null ? "is required" : $"'{municipality}' is not a municipality this key may report on"));
        }

        var period = InputRules.Period(from, to, errors);
        if (errors.Count > 0 || period is not { } receipt)
        {
            return Problems.Invalid(errors);
        }

        var figures = await reports.LoadAsync(scope!, receipt.From, receipt.To, cancellationToken);
        return TypedResults.Ok(QualityReportJson.Of(scope!, receipt.From, receipt.To, figures));
    }
}
