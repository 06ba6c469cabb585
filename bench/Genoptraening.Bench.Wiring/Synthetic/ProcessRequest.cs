using System.Globalization;
using Microsoft.DurableTask;

namespace Genoptraening.Bench.Wiring.Synthetic;

/// <summary>The activity of one step: trivial work (parses "r7" into 7), recorded in the <see cref="StepLog"/>.</summary>
internal sealed class ProcessRequest(StepLog log, HangSwitch hang) : TaskActivity<string, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        log.Started(context.InstanceId, input);
        if (hang.Enabled)
        {
            // Stands for a worker that dies in the middle of the step: the result never comes back.
            await Task.Delay(Timeout.Infinite);
        }

        var number = int.Parse(input.AsSpan(1), CultureInfo.InvariantCulture);
        log.Completed(context.InstanceId, input);
        return number;
    }
}

/// <summary>Makes every step run by one worker hang forever (the abandoned work item check).</summary>
internal sealed record HangSwitch(bool Enabled)
{
    public static HangSwitch Off { get; } = new(false);

    public static HangSwitch On { get; } = new(true);
}
