using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.History;

namespace Genoptraening.Workflows.Tests.Durable.Support;

/// <summary>
/// Keeps each orchestration's history as the worker last saw it (the in-memory backend does not
/// give histories out): a dispatcher middleware, so nothing of the product is changed for it.
/// </summary>
internal sealed class HistoryCapture
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<HistoryEvent>> histories = new();

    public IReadOnlyList<HistoryEvent> Of(string instanceId) => histories.TryGetValue(instanceId, out var events) ? events : [];

    public void AttachTo(TaskHubWorker worker) => worker.AddOrchestrationDispatcherMiddleware(async (context, next) =>
    {
        await next();
        var state = context.GetProperty<OrchestrationRuntimeState>();
        if (state?.OrchestrationInstance?.InstanceId is { } id)
        {
            histories[id] = [.. state.Events];
        }
    });
}
