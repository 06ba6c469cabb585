using Microsoft.DurableTask;

namespace Genoptraening.Workflows.Retention;

/// <summary>
/// The daily retention sweep as one durable orchestration (<see cref="InstanceId"/>): a durable timer until the night's
/// run, the sweep as an activity, then the same again for the next night (continued as new, so its history stays short).
/// Deterministic: each run's instant comes from its input and the activity's answer, never from the orchestration's clock.
/// </summary>
public sealed class RetentionSweepOrchestrator : TaskOrchestrator<DateTimeOffset, string>
{
    /// <summary>The one sweep of a task hub: a host that starts finds it running, or starts it.</summary>
    public const string InstanceId = "retention-sweep";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, DateTimeOffset input)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.CreateTimer(input.UtcDateTime, CancellationToken.None);
        DateTimeOffset sweptAt;
        try
        {
            sweptAt = await context.CallActivityAsync<DateTimeOffset>(nameof(RetentionSweepActivity), input);
        }
        catch (TaskFailedException)
        {
            sweptAt = input; // tried again the next night; the activity has logged why
        }

        // After a long stop (or a development clock moved by years) the next run is the next night after now, not each missed one.
        context.ContinueAsNew(RetentionSchedule.NextRun(sweptAt > input ? sweptAt : input));
        return string.Empty;
    }
}
