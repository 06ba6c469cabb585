using DurableTask.Core;
using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Synthetic;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>
/// Wiring (b): DurableTask.Core's own <see cref="TaskHubWorker"/> running the SDK's class-based orchestrator and
/// activity through <see cref="DurableTaskShimFactory"/>, and Core's <see cref="TaskHubClient"/>; no gRPC hop.
/// Concurrency comes from the backend's MaxConcurrent* (100/100 here); MaximumTimerInterval keeps its 3-day default.
/// </summary>
internal sealed class CoreWiring : IWiring
{
    private readonly StepLog steps;
    private readonly ILoggerFactory loggers;
    private readonly TaskHubClient client;
    private TaskHubWorker worker;

    private CoreWiring(Backend backend, StepLog steps, ILoggerFactory loggers, TaskHubWorker worker)
    {
        Backend = backend;
        this.steps = steps;
        this.loggers = loggers;
        this.worker = worker;
        client = new TaskHubClient(backend.Client, SdkJsonDataConverter.Instance, loggers);
    }

    public string Name => WiringNames.Core;

    public Backend Backend { get; }

    public static async Task<CoreWiring> StartAsync(Backend backend, StepLog steps, ILoggerFactory loggers, HangSwitch hang)
    {
        var worker = await StartWorkerAsync(backend, steps, loggers, hang);
        return new CoreWiring(backend, steps, loggers, worker);
    }

    public Task StartInstanceAsync(string instanceId, RequestLoopInput input) =>
        client.CreateOrchestrationInstanceAsync(nameof(RequestLoopOrchestrator), string.Empty, instanceId, input);

    public Task RaiseRequestAsync(string instanceId, string payload) =>
        client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, RequestLoopOrchestrator.RequestEvent, payload);

    public async Task<InstanceState?> GetStateAsync(string instanceId)
    {
        var state = await client.GetOrchestrationStateAsync(instanceId);
        return state is null
            ? null
            : new InstanceState(state.OrchestrationStatus.ToString(), state.Output, state.Status, state.FailureDetails?.ErrorMessage);
    }

    public async Task ReplaceWorkerAsync(HangSwitch hang)
    {
        await worker.StopAsync(isForced: true);
        worker.Dispose();
        worker = await StartWorkerAsync(Backend, steps, loggers, hang);
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(isForced: true);
        worker.Dispose();
    }

    private static async Task<TaskHubWorker> StartWorkerAsync(Backend backend, StepLog steps, ILoggerFactory loggers, HangSwitch hang)
    {
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), loggers);
        var orchestrations = new CreatorRegistry<TaskOrchestration>();
        orchestrations.Add(new ShimCreator<TaskOrchestration>(
            nameof(RequestLoopOrchestrator), () => shims.CreateOrchestration(nameof(RequestLoopOrchestrator), new RequestLoopOrchestrator())));
        var activities = new CreatorRegistry<TaskActivity>();
        activities.Add(new ShimCreator<TaskActivity>(nameof(ProcessRequest), () => shims.CreateActivity(nameof(ProcessRequest), new ProcessRequest(steps, hang))));
        var worker = new TaskHubWorker(backend.Service, orchestrations, activities, loggers);
        await worker.StartAsync();
        return worker;
    }
}
