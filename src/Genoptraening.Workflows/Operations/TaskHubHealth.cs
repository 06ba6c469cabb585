using System.Globalization;
using System.Text.Json;
using DurableTask.AzureStorage;
using DurableTask.AzureStorage.Monitoring;
using DurableTask.Core;
using DurableTask.Core.History;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Storage.Azure;
using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>
/// Reads the task hub's health from Durable Task's and Azure Storage's own APIs: the provider's performance monitor for the
/// control and work-item queues, the queue service for the alert queues, the instance table for the courses and their next
/// timers, and the histories of the last hour's episodes for the timers' lateness. Nothing is counted by the product itself.
/// </summary>
/// <param name="hubSettings">The task hub's provider settings (the monitor reads the same queues the worker does).</param>
/// <param name="hub">The task hub, for the histories.</param>
/// <param name="instances">The course orchestrations in the instance table.</param>
/// <param name="alerts">The alert queues.</param>
/// <param name="courseClock">The courses' clock (the development clock on the local host): timers are due by it.</param>
/// <param name="wallClock">The storage account's time: its messages' insertion times and the histories' timestamps are by it.</param>
public sealed class TaskHubHealth(
    AzureStorageOrchestrationServiceSettings hubSettings, AzureStorageOrchestrationService hub, TaskHubInstances instances, QueueAlertSender alerts,
    IClock courseClock, IClock wallClock)
{
    /// <summary>At most this many histories are read for the lateness, the most recently updated first.</summary>
    public const int MaxHistoriesRead = 200;

    private static readonly Duration Hour = Duration.FromHours(1);

    private static readonly OrchestrationStatus[] AllStatuses = [];

    public async Task<HealthReport> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = courseClock.GetCurrentInstant();
        var wallNow = wallClock.GetCurrentInstant();
        var queues = new List<QueueHealth>();
        queues.AddRange(await TaskHubQueuesAsync().ConfigureAwait(false));
        queues.AddRange((await alerts.DepthsAsync(cancellationToken).ConfigureAwait(false)).Select(d => new QueueHealth(
            d.Name, d.Name == FaultAlerts.Queue ? "faults" : "escalations", d.Messages, AgeOf(d.OldestInsertedOn, wallNow))));

        var courses = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["running"] = 0, ["faulted"] = 0, ["completed"] = 0, ["terminated"] = 0, ["failed"] = 0 };
        var timersDue = 0;
        var recent = new List<CourseInstance>();
        await foreach (var course in instances.CoursesAsync(AllStatuses, cancellationToken).ConfigureAwait(false))
        {
            var status = course.IsFaulted ? "faulted" : course.RuntimeStatus.ToString().ToLowerInvariant();
            courses[status] = courses.GetValueOrDefault(status) + 1;
            if (!course.IsFaulted && course.RuntimeStatus is OrchestrationStatus.Running && course.Status?.NextDue is { } due
                && Instant.FromDateTimeOffset(due) is var dueAt && dueAt >= now && dueAt < now + Hour)
            {
                timersDue++;
            }

            if (Instant.FromDateTimeUtc(DateTime.SpecifyKind(course.LastUpdated, DateTimeKind.Utc)) >= wallNow - Hour)
            {
                recent.Add(course);
            }
        }

        var lateness = await LatenessAsync(recent, wallNow).ConfigureAwait(false);
        return new HealthReport(now, hubSettings.TaskHubName, queues, courses, timersDue, lateness);
    }

    private async Task<IReadOnlyList<QueueHealth>> TaskHubQueuesAsync()
    {
        // Null when the task hub's queues are not provisioned yet.
        if (await new DisconnectedPerformanceMonitor(hubSettings).PulseAsync().ConfigureAwait(false) is not { } pulse)
        {
            return [];
        }

        var hubName = hubSettings.TaskHubName.ToLowerInvariant();
        var queues = pulse.ControlQueueLengths
            .Select((length, i) => new QueueHealth(
                $"{hubName}-control-{i.ToString("00", CultureInfo.InvariantCulture)}", "control", length, Duration.FromTimeSpan(pulse.ControlQueueLatencies[i])))
            .ToList();
        queues.Add(new QueueHealth($"{hubName}-workitems", "workItems", pulse.WorkItemQueueLength, Duration.FromTimeSpan(pulse.WorkItemQueueLatency)));
        return queues;
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
            foreach (var (fireAt, episodeStart) in FiredTimers(history))
            {
                if (fireAt is null)
                {
                    released++;
                }
                else if (episodeStart >= wallNow - Hour)
                {
                    latenesses.Add(Duration.Max(Duration.Zero, episodeStart - fireAt.Value));
                }
            }
        }

        return TimerLateness.Of(latenesses, released > 0
            ? $"{released} timers of the last hour were released by the development clock, which has no lateness to measure"
            : "no timer fired in the last hour");
    }

    /// <summary>Each fired timer's due instant (null when released by the development clock) and the start of the episode that took it.</summary>
    private static List<(Instant? FireAt, Instant EpisodeStart)> FiredTimers(string historyJson)
    {
        using var document = JsonDocument.Parse(historyJson);
        Instant? episodeStart = null;
        var fired = new List<(Instant? FireAt, Instant EpisodeStart)>();
        foreach (var e in document.RootElement.EnumerateArray())
        {
            var type = (EventType)e.GetProperty(nameof(HistoryEvent.EventType)).GetInt32();
            if (type is EventType.OrchestratorStarted)
            {
                episodeStart = InstantOf(e.GetProperty(nameof(HistoryEvent.Timestamp)));
            }
            else if (type is EventType.TimerFired && episodeStart is { } start)
            {
                var fireAt = InstantOf(e.GetProperty(nameof(TimerFiredEvent.FireAt)));
                fired.Add((fireAt == Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)) ? null : fireAt, start));
            }
        }

        return fired;
    }

    private static Instant InstantOf(JsonElement element) =>
        Instant.FromDateTimeOffset(DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    private static Duration AgeOf(DateTimeOffset? insertedOn, Instant now) =>
        insertedOn is { } at ? Duration.Max(Duration.Zero, now - Instant.FromDateTimeOffset(at)) : Duration.Zero;
}
