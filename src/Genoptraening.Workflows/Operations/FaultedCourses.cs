using DurableTask.Core;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Steps;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>
/// The operators' view of faulted courses: read from the task hub (a course that recovers leaves the list with the episode
/// that records its step), with the municipality from the course's own partition; and a retry of all that match a filter.
/// </summary>
public sealed partial class FaultedCourses(
    TaskHubInstances instances, CourseOrchestrations orchestrations, CourseReader reader, IClock clock, ILogger<FaultedCourses> logger)
{
    /// <summary>How long a retry waits for the courses it woke before it answers with what they have done so far.</summary>
    public static readonly TimeSpan RetryPatience = TimeSpan.FromSeconds(20);

    /// <summary>How many courses are told, or looked at, side by side.</summary>
    private const int Parallelism = 16;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private static readonly OrchestrationStatus[] Running = [OrchestrationStatus.Running];

    /// <summary>The faulted courses that match <paramref name="filter"/>, the longest faulted first.</summary>
    public async Task<IReadOnlyList<FaultedCourse>> ListAsync(FaultFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var faulted = new List<CourseInstance>();
        await foreach (var instance in instances.CoursesAsync(Running, cancellationToken).ConfigureAwait(false))
        {
            if (instance.IsFaulted)
            {
                faulted.Add(instance);
            }
        }

        var records = (await reader.LoadManyAsync([.. faulted.Select(f => f.CourseId)], cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id);
        var now = clock.GetCurrentInstant();
        return [.. faulted
            .Select(f => Describe(f, records.GetValueOrDefault(f.CourseId), now))
            .Where(filter.Matches)
            .OrderBy(f => f.Since)
            .ThenBy(f => f.CourseId)];
    }

    /// <summary>
    /// Asks every faulted course that matches <paramref name="filter"/> (and is <paramref name="only"/>, when given) to try its step
    /// again, each logged with <paramref name="by"/> as it is sent; then waits up to <see cref="RetryPatience"/> for each to recover
    /// or fault again, and says what each did. A course already trying again by itself is not told twice.
    /// </summary>
    public async Task<IReadOnlyList<RetryResult>> RetryAsync(FaultFilter filter, string by, Guid? only = null, CancellationToken cancellationToken = default)
    {
        var faulted = (await ListAsync(filter, cancellationToken).ConfigureAwait(false)).Where(c => only is null || c.CourseId == only).ToList();
        var sentAt = clock.GetCurrentInstant();
        await Parallel.ForEachAsync(
            faulted.Where(c => !c.RetryingNow), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (course, _) =>
            {
                await orchestrations.RetryAsync(course.CourseId).ConfigureAwait(false);
                LogRetried(logger, course.CourseId, by);
            }).ConfigureAwait(false);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(RetryPatience);
        var results = new System.Collections.Concurrent.ConcurrentDictionary<Guid, RetryResult>();
        try
        {
            while (results.Count < faulted.Count)
            {
                await Parallel.ForEachAsync(
                    faulted.Where(c => !results.ContainsKey(c.CourseId)), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = patience.Token },
                    async (course, _) =>
                    {
                        if (Settled(course, await orchestrations.GetAsync(course.CourseId).ConfigureAwait(false), sentAt) is { } result)
                        {
                            results[course.CourseId] = result;
                        }
                    }).ConfigureAwait(false);
                if (results.Count < faulted.Count)
                {
                    await Task.Delay(PollInterval, patience.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Patience has run out: the courses not settled yet are answered as retrying.
        }

        return [.. faulted.Select(c => results.GetValueOrDefault(c.CourseId) ?? new RetryResult(c.CourseId, RetryResult.Retrying, c.Step, null))];
    }

    /// <summary>
    /// Recovered once the loop records a step's success; faulted again once it records a fault that came after the retry was sent
    /// (a status replayed from before it is not one); ended when the orchestration has; else not yet.
    /// </summary>
    private static RetryResult? Settled(FaultedCourse before, CourseOrchestrationState? after, Instant sentAt) => after switch
    {
        null => new RetryResult(before.CourseId, RetryResult.Ended, before.Step, null),
        { IsRunning: false } => new RetryResult(before.CourseId, RetryResult.Ended, after.Status?.Step ?? before.Step, null),
        { Status: { Faulted: false } status } => new RetryResult(before.CourseId, RetryResult.Recovered, status.Step, null),
        { Status: { Faulted: true, RetriesAt: { } retriesAt, Error: { } error } status }
            when Instant.FromDateTimeOffset(retriesAt) - Duration.FromTimeSpan(StepRetryPolicy.RetryAfterFault(error)) >= sentAt
                && (status.Attempts != before.Attempts || status.Step != before.Step || Instant.FromDateTimeOffset(retriesAt) != before.RetriesAt) =>
            new RetryResult(before.CourseId, RetryResult.FaultedAgain, status.Step, error),
        _ => null,
    };

    private static FaultedCourse Describe(CourseInstance instance, CourseRecord? record, Instant now)
    {
        var status = instance.Status!;
        var rules = record?.State.Rules;
        var saved = Instant.FromDateTimeUtc(DateTime.SpecifyKind(instance.LastUpdated, DateTimeKind.Utc));
        if (status is not { Error: { } error, RetriesAt: { } at })
        {
            // Faulted before the status named its error and retry: what the task hub knows.
            return new FaultedCourse(instance.CourseId, rules?.Id.Municipality, rules?.Id.ToString(), status.Step, "unknown", saved, status.Attempts, null, false);
        }

        // The fault activity answers when the step is tried again, by the policy's wait after the fault: so the fault was that wait before.
        var retriesAt = Instant.FromDateTimeOffset(at);
        var since = retriesAt - Duration.FromTimeSpan(StepRetryPolicy.RetryAfterFault(error));
        return new FaultedCourse(instance.CourseId, rules?.Id.Municipality, rules?.Id.ToString(), status.Step, error, since, status.Attempts, retriesAt, retriesAt <= now);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Course {CourseId}: its faulted step is tried again, asked by {Actor}.")]
    private static partial void LogRetried(ILogger logger, Guid courseId, string actor);
}
