using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Genoptraening.Api.Extensions;
using Genoptraening.Api.Http;
using Genoptraening.Api.Security;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Api.Endpoints;

/// <summary>Reading courses: one course (its custom status), its history, and pages of courses sorted by next due.</summary>
public static class CourseReadEndpoints
{
    private const int DefaultTop = 50;
    private const int MaxTop = 500;

    public static IEndpointRouteBuilder MapCourseReads(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/courses").RequireAuthorization(SecurityServices.Readers).WithTags("Courses");
        courses.MapGet("/{id:guid}", GetCourseAsync).WithSummary("A course: deadlines, warnings, escalations, free choice, outcome.");
        courses.MapGet("/{id:guid}/history", GetHistoryAsync).WithSummary("A course's events, oldest first.");
        courses.MapGet("/", ListCoursesAsync).WithSummary("Courses the key may see, soonest next due first, a page at a time.");
        return app;
    }

    /// <summary>Loads a course the caller may read, or the 404 that hides one it may not.</summary>
    internal static async Task<(LoadedCourse? Course, ProblemHttpResult? Problem)> LoadReadableAsync(
        CourseRuntime runtime, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var course = await runtime.LoadAsync(id, cancellationToken);
        return course is not null && CourseAccess.CanRead(Caller.From(user), course.Row) ? (course, null) : (null, Problems.NotFound(id));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCourseAsync(
        Guid id, ClaimsPrincipal user, CourseRuntime runtime, ICourseStore store, CancellationToken cancellationToken)
    {
        var (course, problem) = await LoadReadableAsync(runtime, id, user, cancellationToken);
        return course is null ? problem! : CourseJson.Result(course, await store.LoadPersonalDataAsync(id, cancellationToken));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetHistoryAsync(
        Guid id, ClaimsPrincipal user, CourseRuntime runtime, ICourseStore store, CancellationToken cancellationToken)
    {
        var (course, problem) = await LoadReadableAsync(runtime, id, user, cancellationToken);
        if (course is null)
        {
            return problem!;
        }

        var stored = await store.LoadAsync(id, cancellationToken);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", id.ToString("D"));
            w.WriteStartArray("events");
            foreach (var e in stored!.Events)
            {
                w.WriteStartObject();
                w.WriteNumber("version", e.Version);
                w.WriteString("type", e.Type);
                w.WriteString("at", WireTime.Format(e.At));
                w.WritePropertyName("data");
                w.WriteRawValue(e.Data);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return TypedResults.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/json", Encoding.UTF8);
    }

    private static async Task<Results<Ok<CoursePage>, ValidationProblem>> ListCoursesAsync(
        ClaimsPrincipal user, ICourseStore store, string? municipality, string? standard, string? status, int? top, string? continuationToken,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var after = continuationToken is null ? default((long, Guid)?) : ContinuationToken.Read(continuationToken);
        if (continuationToken is not null && after is null)
        {
            errors.Add(new FieldError("continuationToken", "is not a token this API gave out"));
        }

        if (top is < 1 or > MaxTop)
        {
            errors.Add(new FieldError("top", $"must be between 1 and {MaxTop}"));
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
        if (scopeMunicipality is not null && municipality is not null && municipality != scopeMunicipality)
        {
            return TypedResults.Ok(new CoursePage([], null));
        }

        var size = top ?? DefaultTop;
        var rows = await store.ListCoursesAsync(new CourseQuery(scopeMunicipality ?? municipality, standard, status, prefix, size, after), cancellationToken);
        var next = rows.Count == size ? ContinuationToken.Write(CourseQuery.SortKeyOf(rows[^1]), rows[^1].Id) : null;
        return TypedResults.Ok(new CoursePage([.. rows.Select(CourseSummary.From)], next));
    }
}
