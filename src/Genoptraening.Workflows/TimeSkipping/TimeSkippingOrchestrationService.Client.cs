using DurableTask.Core;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>The client's messages to orchestrations, counted as in flight until an orchestration takes them.</summary>
public sealed partial class TimeSkippingOrchestrationService
{
    public async Task CreateTaskOrchestrationAsync(TaskMessage creationMessage)
    {
        ArgumentNullException.ThrowIfNull(creationMessage);
        inFlight.Add([creationMessage]);
        await innerClient.CreateTaskOrchestrationAsync(creationMessage).ConfigureAwait(false);
    }

    public async Task CreateTaskOrchestrationAsync(TaskMessage creationMessage, OrchestrationStatus[] dedupeStatuses)
    {
        ArgumentNullException.ThrowIfNull(creationMessage);
        inFlight.Add([creationMessage]);
        await innerClient.CreateTaskOrchestrationAsync(creationMessage, dedupeStatuses).ConfigureAwait(false);
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
