using System.Runtime.CompilerServices;
using System.Text.Json;
using DurableTask.AzureStorage;
using DurableTask.AzureStorage.Tracking;
using DurableTask.Core;
using Genoptraening.Workflows.Orchestration;

namespace Genoptraening.Workflows.Operations;

/// <summary>
/// The courses' orchestrations as the task hub's instance table holds them (Durable Task's own query, a page at a time):
/// no input, no output, only the status and the loop's custom status, which carry no personal data.
/// </summary>
public sealed class TaskHubInstances(AzureStorageOrchestrationService hub)
{
    private const int PageSize = 500;

    /// <summary>Every course orchestration in one of <paramref name="statuses"/> (all when empty).</summary>
    public async IAsyncEnumerable<CourseInstance> CoursesAsync(
        IReadOnlyCollection<OrchestrationStatus> statuses, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var condition = new OrchestrationInstanceStatusQueryCondition
        {
            RuntimeStatus = statuses.Count == 0 ? null : statuses,
            FetchInput = false,
            FetchOutput = false,
        };
        string? continuation = null;
        do
        {
            var page = await hub.GetOrchestrationStateAsync(condition, PageSize, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var state in page.OrchestrationState.Where(s => s.Name == nameof(CourseOrchestrator)))
            {
                if (Guid.TryParse(state.OrchestrationInstance.InstanceId, out var courseId))
                {
                    yield return new CourseInstance(courseId, state.OrchestrationStatus, StatusOf(state), state.LastUpdatedTime);
                }
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }

    private static CourseStatus? StatusOf(OrchestrationState state)
    {
        try
        {
            return string.IsNullOrEmpty(state.Status) ? null : JsonSerializer.Deserialize<CourseStatus>(state.Status);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One course's orchestration in the instance table.</summary>
/// <param name="CourseId">The course (its instance id).</param>
/// <param name="RuntimeStatus">Running, Completed, Terminated, Failed...</param>
/// <param name="Status">The loop's custom status, once it has taken a step.</param>
/// <param name="LastUpdated">When the task hub last saved an episode of it (wall clock, UTC).</param>
public sealed record CourseInstance(Guid CourseId, OrchestrationStatus RuntimeStatus, CourseStatus? Status, DateTime LastUpdated)
{
    public bool IsFaulted => RuntimeStatus is OrchestrationStatus.Running && Status is { Faulted: true };
}
