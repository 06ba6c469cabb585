using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>Registers an SDK class-based orchestrator with DurableTask.Core: a new shim per execution.</summary>
internal sealed class ShimOrchestrationCreator : ObjectCreator<TaskOrchestration>
{
    private readonly DurableTaskShimFactory shims;
    private readonly Func<ITaskOrchestrator> create;

    public ShimOrchestrationCreator(string name, Func<ITaskOrchestrator> create, DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        this.create = create;
        this.shims = shims;
    }

    public override TaskOrchestration Create() => shims.CreateOrchestration(new TaskName(Name), create());
}

/// <summary>Registers an SDK class-based activity with DurableTask.Core.</summary>
internal sealed class ShimActivityCreator : ObjectCreator<TaskActivity>
{
    private readonly DurableTaskShimFactory shims;
    private readonly Func<ITaskActivity> create;

    public ShimActivityCreator(string name, Func<ITaskActivity> create, DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        this.create = create;
        this.shims = shims;
    }

    public override TaskActivity Create() => shims.CreateActivity(new TaskName(Name), create());
}
