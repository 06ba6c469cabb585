using DurableTask.Core;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>The client's messages to orchestrations, counted as in flight until an orchestration takes them.</summary>
public sealed partial class TimeSkippingOrchestrationService
{
    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage) =>
        CountedAsync(creationMessage, () => innerClient.CreateTaskOrchestrationAsync(creationMessage));

    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage, OrchestrationStatus[] dedupeStatuses) =>
        CountedAsync(creationMessage, () => innerClient.CreateTaskOrchestrationAsync(creationMessage, dedupeStatuses));

    /// <summary>
    /// A creation counted in flight; uncounted again when the backend refuses it (an instance that exists already, as the
    /// retention sweep's when a host starts again): no orchestration will ever take that message, and the wait for idle would not end.
    /// </summary>
    private async Task CountedAsync(TaskMessage creationMessage, Func<Task> create)
    {
        ArgumentNullException.ThrowIfNull(creationMessage);
        inFlight.Add([creationMessage]);
        try
        {
            await create().ConfigureAwait(false);
        }
        catch
        {
            inFlight.Remove([creationMessage]);
            throw;
        }
    }

    public async Task SendTaskOrchestrationMessageAsync(TaskMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        inFlight.Add([message]);
        await innerClient.SendTaskOrchestrationMessageAsync(message).ConfigureAwait(false);
    }

    public async Task SendTaskOrchestrationMessageBatchAsync(params TaskMessage[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        inFlight.Add(messages);
        await innerClient.SendTaskOrchestrationMessageBatchAsync(messages).ConfigureAwait(false);
    }

    public async Task ForceTerminateTaskOrchestrationAsync(string instanceId, string reason)
    {
        await store.DeleteAsync(held.Drop(instanceId)).ConfigureAwait(false);
        inFlight.Add(instanceId);
        await innerClient.ForceTerminateTaskOrchestrationAsync(instanceId, reason).ConfigureAwait(false);
    }
}
