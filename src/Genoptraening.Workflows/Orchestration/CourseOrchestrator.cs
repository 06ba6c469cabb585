using Microsoft.DurableTask;

namespace Genoptraening.Workflows.Orchestration;

/// <summary>
/// A course's whole life, version 1 (frozen: a change to this loop is a new orchestrator beside it,
/// and recorded histories of this one must keep replaying). One execution, no <c>ContinueAsNew</c>:
/// take the start step; then race a durable timer at the course's next due instant against the
/// pending request, kept across iterations; hand the winner to the step activity with the next step
/// number; end with the course's outcome. Every decision is the step activity's recorded result, so
/// the loop never runs business code and reads no clock: its only instants are those the activity
/// returned.
/// </summary>
/// <remarks>Input: the raw start request. Output: the course's outcome.</remarks>
public sealed class CourseOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var steps = new StepRunner(context);
        var outcome = await steps.RunAsync(StepTrigger.ForRequest(input));
        Task<string>? pendingRequest = null;
        DueTimer? timer = null;
        while (outcome.Outcome is null)
        {
            pendingRequest ??= context.WaitForExternalEvent<string>(CourseEventNames.Request);
            timer = DueTimer.For(outcome.NextDue, timer, context);
            StepTrigger trigger;
            if (timer is null || await Task.WhenAny(pendingRequest, timer.Fired) == pendingRequest)
            {
                trigger = StepTrigger.ForRequest(await pendingRequest);
                pendingRequest = null;
            }
            else
            {
                trigger = StepTrigger.ForTimer(timer.Due);
            }

            outcome = await steps.RunAsync(trigger);
        }

        timer?.Dispose();
        return outcome.Outcome;
    }
}
