using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Genoptraening.Web.Http;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// Reading courses: one course and its history from its own partition of the event store (never
/// behind), and pages of courses, most urgent first, from the read model.
/// </summary>
public static class CourseReadEndpoints
{
    private const int DefaultTop = 50;
    private const int MaxTop = 500;

    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("GetCourse", "GET", "courses/{id:guid}", ApiAccess.AnyCaller, GetCourseAsync, b => b.WithTags("Courses")
            .WithSummary("A course: deadlines, warnings, escalations, free choice, outcome; the citizen's CPR number only with include=cpr (the course's municipality or an administrator), each display audited first.")),
        new("GetCourseHistory", "GET", "courses/{id:guid}/history", ApiAccess.AnyCaller, GetHistoryAsync, b => b.WithTags("Courses")
            .WithSummary("A course's events, oldest first, each with who recorded it (by); a hospital's key sees no municipal case notes.")),
        new("ListCourses", "GET", "courses", ApiAccess.AnyCaller, ListCoursesAsync, b => b.WithTags("Courses")
            .WithSummary("Courses the key may see, soonest next due first, a page at a time.")),
    ];

    /// <summary>Loads a course the caller may read, or the 404 that hides one it may not.</summary>
    internal static async Task<(CourseRecord? Course, ProblemHttpResult? Problem)> LoadReadableAsync(
        CourseReader reader, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var course = await reader.LoadAsync(id, cancellationToken);
        return course is not null && CourseAccess.CanRead(Caller.From(user), course) ? (course, null) : (null, Problems.NotFound(id));
    }

    /// <summary>
    /// The course; its citizen's CPR number only with <c>include=cpr</c>, for the course's municipality or an administrator,
    /// and only once the display is in the audit trail (a failed audit write is a 503 that shows nothing). A hospital sent
    /// the number and never gets it back.
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetCourseAsync(
        Guid id, ClaimsPrincipal user, CourseReader reader, IPersonalDataStore personalData, IPersonalDataAudit audit, IClock clock, string? include,
        CancellationToken cancellationToken)
    {
        if (include is not (null or "" or "cpr"))
        {
            return Problems.Invalid("include", "expected cpr, or nothing");
        }

        var (course, problem) = await LoadReadableAsync(reader, id, user, cancellationToken);
        if (course is null)
        {
            return problem!;
        }

        var caller = Caller.From(user);
        if (include != "cpr")
        {
            return CourseJson.Result(course, caseNotes: caller.Role != Caller.Hospital);
        }

        if (caller.Role == Caller.Hospital)
        {
            return Problems.Forbidden("A hospital never gets the citizen's CPR number back: it sent it.");
        }

        var personal = await personalData.LoadAsync(id, cancellationToken);
        if (personal is not null)
        {
            await audit.RecordAsync(new PersonalDataView(clock.GetCurrentInstant(), id, course.Municipality, caller.Name, PersonalDataView.ApiRoute), cancellationToken);
        }

        return CourseJson.Result(course, personal);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetHistoryAsync(
        Guid id, ClaimsPrincipal user, CourseReader reader, ApiKeyRegistry keys, CancellationToken cancellationToken)
    {
        var (course, problem) = await LoadReadableAsync(reader, id, user, cancellationToken);
        return course is null ? problem! : TypedResults.Text(HistoryJson.Write(course, Caller.From(user), keys), "application/json", Encoding.UTF8);
    }

    private static async Task<Results<Ok<CourseListPage>, ValidationProblem>> ListCoursesAsync(
        ClaimsPrincipal user, CourseLists lists, Domain.Catalog.ServiceCatalog catalog, string? municipality, string? standard, string? status, string? top,
        string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        continuationToken = string.IsNullOrEmpty(continuationToken) ? null : continuationToken;
        if (continuationToken is not null && !CourseOrder.IsOrderKey(PageToken.ToOrderKey(continuationToken)))
        {
            errors.Add(new FieldError("continuationToken", "is not a token this API gave out"));
        }

        // top is read here, not bound as a number, so that top=abc is a 400 naming it.
        var pageSize = string.IsNullOrEmpty(top) ? DefaultTop : int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (pageSize is < 1 or > MaxTop)
        {
            errors.Add(new FieldError("top", $"must be a whole number from 1 to {MaxTop}"));
        }

        if (status is not (null or "active" or "ended" or "completed" or "rejected" or "noShows" or "cancelled" or "transferred"))
        {
            errors.Add(new FieldError("status", "expected active, ended, completed, rejected, noShows, cancelled or transferred"));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var (scopeMunicipality, prefix) = CourseAccess.Scope(Caller.From(user));
        if ((scopeMunicipality is not null && municipality is not null && municipality != scopeMunicipality)
            || (municipality is not null && !catalog.Municipalities.Contains(municipality)))
        {
            return TypedResults.Ok(new CourseListPage([], null));
        }

        var page = await lists.ListAsync(scopeMunicipality ?? municipality, standard, status, prefix, pageSize, continuationToken, cancellationToken);
        return TypedResults.Ok(new CourseListPage([.. page.Items.Select(CourseSummaryJson.From)], page.ContinuationToken));
    }
}
