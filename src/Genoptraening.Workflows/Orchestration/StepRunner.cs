using Genoptraening.Workflows.Steps;
using Microsoft.DurableTask;

namespace Genoptraening.Workflows.Orchestration;

/// <summary>
/// The loop's way of taking one step: call the step activity with the next step number; on failure
/// retry after the back-off the activity named; after the last attempt mark the course faulted,
/// alert the operators, and wait for an operator's retry or a day before the same step runs again.
/// A course never silently stops having deadlines.
/// </summary>
internal sealed class StepRunner(TaskOrchestrationContext context)
{
    private int step;
    private string? lastRequestId;

    public async Task<StepOutcome> RunAsync(StepTrigger trigger)
    {
        step++;
        var attemptsOfStep = 0;
        for (var attempt = 1; ; attempt++)
        {
            attemptsOfStep++;
            var outcome = await TryStepAsync(new StepInput(context.InstanceId, step, attempt, trigger.Request, trigger.TimerDue, FirstTry: attemptsOfStep == 1));
            if (outcome.Failure is null)
            {
                lastRequestId = outcome.RequestId ?? lastRequestId;
                context.SetCustomStatus(new CourseStatus(step, lastRequestId, outcome.NextDue, outcome.Outcome, Faulted: false));
                return outcome;
            }

            if (outcome.Failure.RetryAt != default && attempt < StepRetryPolicy.MaxAttempts)
            {
                await context.CreateTimer(outcome.Failure.RetryAt.UtcDateTime, CancellationToken.None);
                continue;
            }

            await WaitForOperatorAsync(outcome.Failure.Error, attemptsOfStep);
            attempt = 0;
        }
    }

    private async Task<StepOutcome> TryStepAsync(StepInput input)
    {
        try
        {
            return await context.CallActivityAsync<StepOutcome>(nameof(CourseStepActivity), input);
        }
        catch (TaskFailedException e)
        {
            // The activity turns its own errors into a failure with a back-off; this one escaped it
            // (e.g. its input could not be read), so there is no instant to wait for: the operators are told at once.
            return new StepOutcome(input.Step, null, null, null, new StepFailure(e.FailureDetails.ErrorType, default));
        }
    }

    private async Task WaitForOperatorAsync(string error, int attempts)
    {
        var retryAt = await context.CallActivityAsync<DateTimeOffset>(nameof(CourseFaultActivity), new CourseFault(context.InstanceId, step, error));
        // The status is no history event: saved with the episode that waits, it tells the operators what failed and when it is tried again.
        context.SetCustomStatus(new CourseStatus(step, lastRequestId, NextDue: null, Outcome: null, Faulted: true, error, attempts, retryAt));
        using var cancelTimer = new CancellationTokenSource();
        var retry = context.WaitForExternalEvent<string>(CourseEventNames.Retry, cancelTimer.Token);
        var timer = context.CreateTimer(retryAt.UtcDateTime, cancelTimer.Token);
        await Task.WhenAny(retry, timer);
        // Cancel, not CancelAsync: the loop must not leave Durable Task's own scheduler.
        cancelTimer.Cancel();
    }
}
