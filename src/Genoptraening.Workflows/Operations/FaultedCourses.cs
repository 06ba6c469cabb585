using DurableTask.Core;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Steps;
using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>
/// The operators' view of faulted courses: read from the task hub (a course that recovers leaves the list with the episode
/// that records its step), with the municipality from the course's own partition; and a retry of all that match a filter.
/// </summary>
public sealed class FaultedCourses(TaskHubInstances instances, CourseOrchestrations orchestrations, CourseReader reader)
{
    /// <summary>How long a bulk retry waits for the courses it woke before it answers with what they have done so far.</summary>
    public static readonly TimeSpan RetryPatience = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private static readonly OrchestrationStatus[] Running = [OrchestrationStatus.Running];

    /// <summary>The faulted courses that match <paramref name="filter"/>, the longest faulted first.</summary>
    public async Task<IReadOnlyList<FaultedCourse>> ListAsync(FaultFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var faulted = new List<CourseInstance>();
        await foreach (var instance in instances.CoursesAsync(Running, cancellationToken).ConfigureAwait(false))
        {
            if (instance.IsFaulted && (filter.Error is null || filter.Error == instance.Status!.Error))
            {
                faulted.Add(instance);
            }
        }

        var records = (await reader.LoadManyAsync([.. faulted.Select(f => f.CourseId)], cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id);
        return [.. faulted
            .Select(f => Describe(f, records.GetValueOrDefault(f.CourseId)))
            .Where(filter.Matches)
            .OrderBy(f => f.Since)
            .ThenBy(f => f.CourseId)];
    }

    /// <summary>
    /// Asks every faulted course that matches <paramref name="filter"/> (and is <paramref name="only"/>, when given) to try its step
    /// again, then waits up to <see cref="RetryPatience"/> for each to recover or fault again, and says what each did.
    /// </summary>
    public async Task<IReadOnlyList<RetryResult>> RetryAsync(FaultFilter filter, Guid? only = null, CancellationToken cancellationToken = default)
    {
        var faulted = (await ListAsync(filter, cancellationToken).ConfigureAwait(false)).Where(c => only is null || c.CourseId == only).ToList();
        foreach (var course in faulted)
        {
            await orchestrations.RetryAsync(course.CourseId).ConfigureAwait(false);
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(RetryPatience);
        var results = new Dictionary<Guid, RetryResult>();
        while (true)
        {
            foreach (var course in faulted.Where(c => !results.ContainsKey(c.CourseId)))
            {
                var state = await orchestrations.GetAsync(course.CourseId).ConfigureAwait(false);
                if (Settled(course, state) is { } result)
                {
                    results[course.CourseId] = result;
                }
            }

            if (results.Count == faulted.Count)
            {
                break;
            }

            try
            {
                await Task.Delay(PollInterval, patience.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return [.. faulted.Select(c => results.GetValueOrDefault(c.CourseId) ?? new RetryResult(c.CourseId, RetryResult.Retrying, c.Step, null))];
    }

    /// <summary>Recovered once the loop records a step's success; faulted again once it records more attempts; else not yet.</summary>
    private static RetryResult? Settled(FaultedCourse before, CourseOrchestrationState? after) => after?.Status switch
    {
        null => null,
        { Faulted: false } status => new RetryResult(before.CourseId, RetryResult.Recovered, status.Step, null),
        { Faulted: true } status when status.Attempts > before.Attempts || status.Step != before.Step =>
            new RetryResult(before.CourseId, RetryResult.FaultedAgain, status.Step, status.Error),
        _ when !after.IsRunning => new RetryResult(before.CourseId, RetryResult.Recovered, after.Status.Step, null),
        _ => null,
    };

    private static FaultedCourse Describe(CourseInstance instance, CourseRecord? record)
    {
        var status = instance.Status!;
        var error = status.Error ?? "unknown";
        var retriesAt = status.RetriesAt is { } at ? Instant.FromDateTimeOffset(at) : Instant.FromDateTimeUtc(DateTime.SpecifyKind(instance.LastUpdated, DateTimeKind.Utc));

        // The fault activity answers when the step is tried again, by the policy's wait after the fault: so the fault was that wait before.
        var since = status.RetriesAt is null ? retriesAt : retriesAt - Duration.FromTimeSpan(StepRetryPolicy.RetryAfterFault(error));
        var rules = record?.State.Rules;
        return new FaultedCourse(instance.CourseId, rules?.Id.Municipality, rules?.Id.ToString(), status.Step, error, since, status.Attempts, retriesAt);
    }
}
