using System.Security.Claims;
using Genoptraening.Web.Http;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// What the people who run the product need (docs/operations.md): the faulted courses and a retry of those matching a
/// filter, and the task hub's health. Administrators only; nothing in the answers is personal data.
/// </summary>
public static class OperationsEndpoints
{
    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("GetFaultedCourses", "GET", "operations/faulted", ApiAccess.Administrators, ListFaultedAsync, b => b.WithTags("Operations")
            .WithSummary("Every faulted course (its step failed every attempt): step, error type, since when, attempts, when it retries by itself; filter by error and municipality.")),
        new("RetryFaultedCourses", "POST", "operations/faulted/retry", ApiAccess.Administrators, RetryFaultedAsync, b => b.WithTags("Operations")
            .WithSummary("Retry every faulted course matching the filter (error, municipality; no other parameter); answers what each retry did: recovered, faultedAgain, retrying or ended.")),
        new("GetTaskHubHealth", "GET", "operations/health", ApiAccess.Administrators, HealthAsync, b => b.WithTags("Operations")
            .WithSummary("The task hub's health: queue depths and oldest messages' ages, courses by status, timers due in the next hour, the last hour's timer lateness (p50, p99).")),
    ];

    private static async Task<Results<Ok<FaultedJson>, ValidationProblem>> ListFaultedAsync(
        FaultedCourses faulted, string? error, string? municipality, CancellationToken cancellationToken)
    {
        var (filter, problem) = FilterOf(error, municipality);
        if (problem is not null)
        {
            return problem;
        }

        var courses = await faulted.ListAsync(filter!, cancellationToken);
        return TypedResults.Ok(new FaultedJson([.. courses.Select(FaultedJson.Course.Of)]));
    }

    private static async Task<Results<Ok<RetriedJson>, ValidationProblem>> RetryFaultedAsync(
        HttpRequest request, FaultedCourses faulted, ClaimsPrincipal user, string? error, string? municipality, CancellationToken cancellationToken)
    {
        // A route that acts takes only what it knows: a mistyped filter (?municiplaity=) would otherwise retry every course.
        if (request.Query.FirstOrDefault(q => q.Key is not ("error" or "municipality") || q.Value.Count > 1) is { Key: { } unknown })
        {
            return Problems.Invalid(unknown, "the retry takes only error and municipality, each once");
        }

        var (filter, problem) = FilterOf(error, municipality);
        if (problem is not null)
        {
            return problem;
        }

        var results = await faulted.RetryAsync(filter!, Caller.From(user).Name, cancellationToken: cancellationToken);
        return TypedResults.Ok(new RetriedJson([.. results.Select(r => new RetriedJson.Retry(r.CourseId, r.Result, r.Step, r.Error))]));
    }

    private static async Task<Ok<HealthJson>> HealthAsync(TaskHubHealth health, CancellationToken cancellationToken) =>
        TypedResults.Ok(HealthJson.Of(await health.ReadAsync(cancellationToken)));

    /// <summary>An error type is a .NET type's name, a municipality a catalog id: anything else can match nothing and is a 400.</summary>
    private static (FaultFilter? Filter, ValidationProblem? Problem) FilterOf(string? error, string? municipality)
    {
        var errors = new List<FieldError>();
        if (error is not null && (error.Length is 0 or > 200 || !error.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '`')))
        {
            errors.Add(new FieldError("error", "expected an exception type's name, e.g. RequestFailedException"));
        }

        if (municipality is not null && (municipality.Length is 0 or > 100 || !municipality.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            errors.Add(new FieldError("municipality", "expected a municipality's id, e.g. rebild"));
        }

        return errors.Count > 0 ? (null, Problems.Invalid(errors)) : (new FaultFilter(error, municipality), null);
    }

    /// <summary>The faulted courses' answer.</summary>
    public sealed record FaultedJson(IReadOnlyList<FaultedJson.Course> Courses)
    {
        public sealed record Course(
            Guid CourseId, string? Municipality, string? Standard, int Step, string Error, string Since, int Attempts, string? RetriesAt, bool RetryingNow)
        {
            public static Course Of(FaultedCourse f) => new(
                f.CourseId, f.Municipality, f.Standard, f.Step, f.Error, WireTime.Format(f.Since), f.Attempts,
                f.RetriesAt is { } at ? WireTime.Format(at) : null, f.RetryingNow);
        }
    }

    /// <summary>A bulk retry's answer: one entry per course retried.</summary>
    public sealed record RetriedJson(IReadOnlyList<RetriedJson.Retry> Retried)
    {
        public sealed record Retry(Guid CourseId, string Result, int Step, string? Error);
    }

    /// <summary>The task hub's health; durations in seconds.</summary>
    public sealed record HealthJson(
        string CheckedAt, string TaskHub, IReadOnlyList<HealthJson.Queue> Queues, IReadOnlyDictionary<string, int> Courses, int TimersDueNextHour, int TimersOverdue,
        HealthJson.Lateness TimerLateness)
    {
        public sealed record Queue(string Name, string Kind, int Messages, int Total, double OldestAgeSeconds);

        public sealed record Lateness(int Measured, double? P50Seconds, double? P99Seconds, string? Note);

        public static HealthJson Of(HealthReport report)
        {
            ArgumentNullException.ThrowIfNull(report);
            return new(
                WireTime.Format(report.CheckedAt), report.TaskHub,
                [.. report.Queues.Select(q => new Queue(q.Name, q.Kind, q.Messages, q.Total, Math.Round(q.OldestAge.TotalSeconds, 3)))],
                report.Courses, report.TimersDueNextHour, report.TimersOverdue,
                new Lateness(report.TimerLateness.Measured, Seconds(report.TimerLateness.P50), Seconds(report.TimerLateness.P99), report.TimerLateness.Note));
        }

        private static double? Seconds(NodaTime.Duration? d) => d is { } x ? Math.Round(x.TotalSeconds, 3) : null;
    }
}
