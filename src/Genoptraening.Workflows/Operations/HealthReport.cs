using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>The task hub's health at one moment: what an operator reads before deciding anything.</summary>
/// <param name="CheckedAt">When, by the courses' clock (the development clock on the local host).</param>
/// <param name="TaskHub">The task hub's name.</param>
/// <param name="Queues">Every queue the product depends on: the task hub's control queues and work items, and the alert queues.</param>
/// <param name="Courses">The course orchestrations by status: <c>running</c>, <c>faulted</c> (running, waiting for an operator), <c>completed</c>, <c>terminated</c>, <c>failed</c>.</param>
/// <param name="TimersDueNextHour">Running courses whose next timer falls within the hour after <paramref name="CheckedAt"/>.</param>
/// <param name="TimersOverdue">Running courses (not faulted) whose next timer was due before <paramref name="CheckedAt"/> and has not woken them yet.</param>
/// <param name="TimerLateness">How late the last hour's timers woke their courses.</param>
public sealed record HealthReport(
    Instant CheckedAt, string TaskHub, IReadOnlyList<QueueHealth> Queues, IReadOnlyDictionary<string, int> Courses, int TimersDueNextHour, int TimersOverdue,
    TimerLateness TimerLateness);

/// <summary>One queue's depth.</summary>
/// <param name="Name">The queue's name in the storage account.</param>
/// <param name="Kind"><c>control</c>, <c>workItems</c>, <c>escalations</c> or <c>faults</c>.</param>
/// <param name="Messages">Messages waiting to be taken now (visible), up to 32: 32 means at least as many.</param>
/// <param name="Total">The queue service's approximate count, including messages not visible yet (a control queue's durable timers, messages being worked on).</param>
/// <param name="OldestAge">How long the oldest visible message has waited; zero when none.</param>
public sealed record QueueHealth(string Name, string Kind, int Messages, int Total, Duration OldestAge);

/// <summary>The lateness of timer steps: from the instant a durable timer was due to the start of the episode it woke.</summary>
/// <param name="Measured">How many timers fired in the last hour were measured.</param>
/// <param name="P50">The median lateness; null when none was measured.</param>
/// <param name="P99">The 99th percentile; null when none was measured.</param>
/// <param name="Note">Why nothing could be measured, when so.</param>
public sealed record TimerLateness(int Measured, Duration? P50, Duration? P99, string? Note = null)
{
    public static TimerLateness Of(IReadOnlyList<Duration> latenesses, string? noteWhenNone)
    {
        ArgumentNullException.ThrowIfNull(latenesses);
        if (latenesses.Count == 0)
        {
            return new TimerLateness(0, null, null, noteWhenNone);
        }

        var sorted = latenesses.Order().ToList();
        return new TimerLateness(sorted.Count, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    /// <summary>The nearest-rank percentile.</summary>
    private static Duration Percentile(List<Duration> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
