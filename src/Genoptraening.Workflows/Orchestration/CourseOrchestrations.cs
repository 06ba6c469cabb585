using System.Text.Json;
using DurableTask.Core;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Workflows.Orchestration;

/// <summary>Starts course orchestrations, tells them of requests, and reads their state.</summary>
public sealed class CourseOrchestrations(IOrchestrationServiceClient service)
{
    private readonly TaskHubClient hub = new(service);

    /// <summary>Starts the course's orchestration with its start request; the intake's claim makes it once per course.</summary>
    public Task StartAsync(Guid courseId, RaisedRequest start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return hub.CreateOrchestrationInstanceAsync(nameof(CourseOrchestrator), string.Empty, InstanceId(courseId), start.ToJson());
    }

    /// <summary>
    /// Starts the task hub's one instance <paramref name="instanceId"/> of <paramref name="orchestration"/> (the retention sweep),
    /// unless it exists and has not ended: false then. (A start is never sent to an instance that runs: the backend would drop it.)
    /// Two hosts starting at once: one start wins, the other throws <see cref="DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException"/>.
    /// </summary>
    public async Task<bool> StartOnceAsync(string orchestration, string instanceId, object input)
    {
        if (await hub.GetOrchestrationStateAsync(instanceId).ConfigureAwait(false) is { } state
            && state.OrchestrationStatus is not (OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled))
        {
            return false;
        }

        await hub.CreateOrchestrationInstanceAsync(
            orchestration, string.Empty, instanceId, input, tags: null,
            dedupeStatuses: [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew]).ConfigureAwait(false);
        return true;
    }

    public Task RaiseAsync(Guid courseId, RaisedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return hub.RaiseEventAsync(Instance(courseId), CourseEventNames.Request, request.ToJson());
    }

    /// <summary>An operator asks a faulted course to try its failed step again.</summary>
    public Task RetryAsync(Guid courseId) => hub.RaiseEventAsync(Instance(courseId), CourseEventNames.Retry, "retry");

    public async Task<CourseOrchestrationState?> GetAsync(Guid courseId)
    {
        var state = await hub.GetOrchestrationStateAsync(InstanceId(courseId)).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }

        var status = string.IsNullOrEmpty(state.Status) ? null : JsonSerializer.Deserialize<CourseStatus>(state.Status);
        return new CourseOrchestrationState(state.OrchestrationStatus.ToString(), status, state.Output);
    }

    /// <summary>
    /// Ends the course's orchestration (if it still runs), waits until the task hub says it has ended,
    /// and deletes its state and history from the task hub.
    /// </summary>
    public async Task TerminateAndPurgeAsync(Guid courseId, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        var instance = InstanceId(courseId);
        if (await hub.GetOrchestrationStateAsync(instance).ConfigureAwait(false) is not { } state)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        while (state.OrchestrationStatus is OrchestrationStatus.Running or OrchestrationStatus.Pending or OrchestrationStatus.Suspended)
        {
            await hub.TerminateInstanceAsync(state.OrchestrationInstance, "purged").ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token).ConfigureAwait(false);
            state = (await hub.GetOrchestrationStateAsync(instance).ConfigureAwait(false))!;
        }

        var purge = service as IOrchestrationServicePurgeClient
            ?? throw new NotSupportedException($"{service.GetType().Name} cannot purge instances.");
        await purge.PurgeInstanceStateAsync(instance).ConfigureAwait(false);
    }

    public static string InstanceId(Guid courseId) => courseId.ToString("D");

    private static OrchestrationInstance Instance(Guid courseId) => new() { InstanceId = InstanceId(courseId) };
}
