using System.Globalization;
using System.Text.Json;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Storage.Azure;
using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>
/// Reads the task hub's health from Durable Task's and Azure Storage's own APIs: the queue service for the task hub's control
/// and work-item queues and the alert queues, the instance table for the courses and their next timers, and the histories of the
/// last hour's episodes for the timers' lateness. Nothing is counted by the product itself.
/// </summary>
/// <param name="hub">The task hub: its name and partitions, and its histories.</param>
/// <param name="hubName">The task hub's name.</param>
/// <param name="partitionCount">Its partitions: one control queue each.</param>
/// <param name="instances">The course orchestrations in the instance table.</param>
/// <param name="queues">The account's queues.</param>
/// <param name="courseClock">The courses' clock (the development clock on the local host): timers are due by it.</param>
/// <param name="wallClock">The storage account's time: its messages' insertion times and the histories' timestamps are by it.</param>
public sealed class TaskHubHealth(
    AzureStorageOrchestrationService hub, string hubName, int partitionCount, TaskHubInstances instances, QueueDepths queues, IClock courseClock, IClock wallClock)
{
    /// <summary>At most this many histories are read for the lateness, the most recently updated first.</summary>
    public const int MaxHistoriesRead = 200;

    private static readonly Duration Hour = Duration.FromHours(1);

    private static readonly OrchestrationStatus[] AllStatuses = [];

    private string QueuePrefix => hubName.ToLowerInvariant();

    /// <summary>Whether the task hub is provisioned (its work-item queue exists): the Functions app's readiness, where the Durable extension runs the worker.</summary>
    public Task<bool> IsProvisionedAsync(CancellationToken cancellationToken = default) => queues.ExistsAsync($"{QueuePrefix}-workitems", cancellationToken);

    public async Task<HealthReport> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = courseClock.GetCurrentInstant();
        var wallNow = wallClock.GetCurrentInstant();
        var named = new List<(string Name, string Kind)>();
        named.AddRange(Enumerable.Range(0, partitionCount).Select(i => ($"{QueuePrefix}-control-{i.ToString("00", CultureInfo.InvariantCulture)}", "control")));
        named.Add(($"{QueuePrefix}-workitems", "workItems"));
        named.AddRange((await queues.NamesAsync(n => n.StartsWith(EscalationMessage.QueuePrefix, StringComparison.Ordinal) || n == FaultAlerts.Queue, cancellationToken)
            .ConfigureAwait(false)).Select(n => (n, n == FaultAlerts.Queue ? "faults" : "escalations")));
        var read = new List<QueueHealth>();
        foreach (var (name, kind) in named)
        {
            if (await queues.ReadAsync(name, cancellationToken).ConfigureAwait(false) is { } depth)
            {
                read.Add(new QueueHealth(name, kind, depth.Visible, depth.Total, AgeOf(depth.OldestVisibleInsertedOn, wallNow)));
            }
        }

        var courses = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["running"] = 0, ["faulted"] = 0, ["completed"] = 0, ["terminated"] = 0, ["failed"] = 0 };
        var (timersDue, overdue) = (0, 0);
        var recent = new List<CourseInstance>();
        await foreach (var course in instances.CoursesAsync(AllStatuses, cancellationToken).ConfigureAwait(false))
        {
            var status = course.IsFaulted ? "faulted" : course.RuntimeStatus.ToString().ToLowerInvariant();
            courses[status] = courses.GetValueOrDefault(status) + 1;
            if (!course.IsFaulted && course.RuntimeStatus is OrchestrationStatus.Running && course.Status?.NextDue is { } due)
            {
                var dueAt = Instant.FromDateTimeOffset(due);
                timersDue += dueAt >= now && dueAt < now + Hour ? 1 : 0;
                overdue += dueAt < now ? 1 : 0;
            }

            if (Instant.FromDateTimeUtc(DateTime.SpecifyKind(course.LastUpdated, DateTimeKind.Utc)) >= wallNow - Hour)
            {
                recent.Add(course);
            }
        }

        var lateness = await LatenessAsync(recent, wallNow).ConfigureAwait(false);
        return new HealthReport(now, hubName, read, courses, timersDue, overdue, lateness);
    }

    /// <summary>
    /// For each timer that fired in the last hour: the start of the episode that took it, less the instant it was due. Timers the
    /// development clock released carry no due instant of the wall clock (they are sent due at once), so they are not measured.
    /// </summary>
    private async Task<TimerLateness> LatenessAsync(IReadOnlyList<CourseInstance> recent, Instant wallNow)
    {
        var latenesses = new List<Duration>();
        var released = 0;
        foreach (var course in recent.OrderByDescending(c => c.LastUpdated).Take(MaxHistoriesRead))
        {
            var history = await hub.GetOrchestrationHistoryAsync(CourseOrchestrations.InstanceId(course.CourseId), null).ConfigureAwait(false);
            foreach (var (fireAt, episodeStart) in FiredTimers(history).Where(t => t.EpisodeStart >= wallNow - Hour))
            {
                if (fireAt is { } due)
                {
                    latenesses.Add(Duration.Max(Duration.Zero, episodeStart - due));
                }
                else
                {
                    released++;
                }
            }
        }

        return TimerLateness.Of(latenesses, released > 0
            ? $"{released} timers of the last hour were released by the development clock, which has no lateness to measure"
            : "no timer fired in the last hour");
    }

    /// <summary>
    /// Each fired timer's due instant (null when released by the development clock) and the start of the episode that took it.
    /// An event this reader does not understand is left out, never an error.
    /// </summary>
    private static List<(Instant? FireAt, Instant EpisodeStart)> FiredTimers(string historyJson)
    {
        var fired = new List<(Instant? FireAt, Instant EpisodeStart)>();
        using var document = JsonDocument.Parse(historyJson);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return fired;
        }

        Instant? episodeStart = null;
        foreach (var e in document.RootElement.EnumerateArray())
        {
            if (!e.TryGetProperty(nameof(HistoryEvent.EventType), out var typeValue) || !typeValue.TryGetInt32(out var type))
            {
                continue;
            }

            if ((EventType)type is EventType.OrchestratorStarted)
            {
                episodeStart = InstantOf(e, nameof(HistoryEvent.Timestamp));
            }
            else if ((EventType)type is EventType.TimerFired && episodeStart is { } start && InstantOf(e, nameof(TimerFiredEvent.FireAt)) is { } fireAt)
            {
                fired.Add((fireAt == ReleasedFireAt ? null : fireAt, start));
            }
        }

        return fired;
    }

    /// <summary>The due instant of a timer the development clock released (<c>HeldTimers.AsDueNow</c>).</summary>
    private static readonly Instant ReleasedFireAt = Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc));

    private static Instant? InstantOf(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Instant.FromDateTimeOffset(at)
            : null;

    private static Duration AgeOf(DateTimeOffset? insertedOn, Instant now) =>
        insertedOn is { } at ? Duration.Max(Duration.Zero, now - Instant.FromDateTimeOffset(at)) : Duration.Zero;
}
