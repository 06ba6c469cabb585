using Genoptraening.Domain.Calendar;
using Genoptraening.Web.Http;
using Genoptraening.Web.Intake;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Endpoints;

/// <summary>The audit trail of CPR displays in the dashboard, for administrators.</summary>
public static class AuditEndpoints
{
    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("GetPersonalDataAudit", "GET", "audit/personal-data", ApiAccess.Administrators, ListAsync, b => b.WithTags("Audit")
            .WithSummary("Who was shown a citizen's CPR number (the dashboard's course page, or the API's course with include=cpr), when, on which course, through which route, for the days from..to (Danish dates, both included).")),
    ];

    private static async Task<Results<Ok<AuditJson>, ValidationProblem>> ListAsync(IPersonalDataAudit audit, string? from, string? to, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (InputRules.Period(from, to, errors) is not { } period || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var views = await audit.ListAsync(Copenhagen.StartOfDay(period.From), Copenhagen.StartOfDay(period.To.PlusDays(1)), cancellationToken);
        return TypedResults.Ok(new AuditJson(
            WireTime.Format(period.From), WireTime.Format(period.To),
            [.. views.Select(v => new AuditJson.View(WireTime.Format(v.At), v.CourseId, v.Municipality, v.Who, v.Route))]));
    }

    /// <summary>The audit trail's answer.</summary>
    public sealed record AuditJson(string From, string To, IReadOnlyList<AuditJson.View> Views)
    {
        public sealed record View(string At, Guid CourseId, string Municipality, string Who, string Route);
    }
}
