using System.Globalization;
using DurableTask.Core;
using NodaTime;

namespace Genoptraening.Bench.Floors;

/// <summary>
/// The bare backend's unit of work for the wave's floor: one durable timer at the instant in its
/// input, then one activity that does nothing but tell the benchmark it ran. No decider, no table of
/// its own, no alert: what Durable Task on Azure Storage costs per timer step, and nothing else.
/// </summary>
internal sealed class OneTimerOrchestration : TaskOrchestration<string, string>
{
    public override async Task<string> RunTask(OrchestrationContext context, string input)
    {
        var due = DateTime.Parse(input, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        await context.CreateTimer(due, "due");
        return await context.ScheduleTask<string>(typeof(StepRan), input);
    }
}

/// <summary>The empty activity: notes the moment it ran (the timer's step) and returns.</summary>
internal sealed class StepRan(Action<Instant> ran) : TaskActivity<string, string>
{
    protected override string Execute(TaskContext context, string input)
    {
        ran(RealClock.Instance.GetCurrentInstant());
        return input;
    }
}
