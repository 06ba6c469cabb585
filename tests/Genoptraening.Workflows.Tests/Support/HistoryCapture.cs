using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.History;
using Genoptraening.Workflows.TimeSkipping;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>
/// Keeps each orchestration's history as last saved, and every activity's input (the in-memory
/// backend gives neither out, and history keeps no activity inputs).
/// </summary>
internal sealed class HistoryCapture
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<HistoryEvent>> histories = new();
    private readonly ConcurrentQueue<string> activityInputs = new();

    public IReadOnlyList<HistoryEvent> Of(string instanceId) => histories.TryGetValue(instanceId, out var events) ? events : [];

    public IReadOnlyList<string> ActivityInputs => [.. activityInputs];

    public void Observe(TimeSkippingOrchestrationService backend) =>
        backend.EpisodeSaved += state => histories[state.OrchestrationInstance!.InstanceId] = [.. state.Events];

    public void Observe(TaskHubWorker worker) => worker.AddActivityDispatcherMiddleware(async (context, next) =>
    {
        if (context.GetProperty<TaskScheduledEvent>()?.Input is { } input)
        {
            activityInputs.Enqueue(input);
        }

        await next();
    });
}
