using DurableTask.Core;

namespace Genoptraening.Bench.Peer;

/// <summary>How a run left its courses: runtime statuses, the failures' messages, and each course's alerts (by course index).</summary>
internal sealed record CourseEndings(IReadOnlyDictionary<string, int> Statuses, IReadOnlyDictionary<string, int> Failures, IReadOnlyList<string> AlertsByCourse)
{
    public static async Task<CourseEndings> ReadAsync(CourseSystem system, IReadOnlyList<string> ids)
    {
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var state = await system.Client.GetOrchestrationStateAsync(id);
            var status = state?.OrchestrationStatus.ToString() ?? "missing";
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (state?.OrchestrationStatus == OrchestrationStatus.Failed)
            {
                var failure = state.FailureDetails is { } details ? $"{details.ErrorType}: {details.ErrorMessage}" : state.Output;
                // The message names the instance and the task's id; the rest is the kind of failure.
                failure = failure.Replace(id, "{instance}", StringComparison.Ordinal);
                failures[failure] = failures.GetValueOrDefault(failure) + 1;
            }
        }

        var alerts = await AlertLedger.ReadAsync(system.ConnectionString, CourseLives.Standard.Municipality);
        return new CourseEndings(statuses, failures, [.. ids.Select(id => alerts.GetValueOrDefault(id, ""))]);
    }

    /// <summary>How many courses' alerts differ from <paramref name="other"/>'s, course by course.</summary>
    public int AlertsDifferFrom(CourseEndings other) => AlertsByCourse.Zip(other.AlertsByCourse).Count(p => p.First != p.Second);

    public int Alerts => AlertsByCourse.Sum(a => a.Length == 0 ? 0 : a.Split("; ").Length);

    public string StatusText => string.Join(", ", Statuses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}"));
}
