using Microsoft.DurableTask;

namespace Genoptraening.Bench.Wiring.Synthetic;

/// <summary>The input of the synthetic course: a far deadline (an absolute instant) and how many requests end it.</summary>
internal sealed record RequestLoopInput(DateTime DeadlineUtc, int Requests);

/// <summary>
/// Our product's shape, synthetic: one execution for its whole life, a loop racing a durable timer at an
/// absolute instant against a pending "request" event kept across iterations, one activity per request, a small
/// custom status, and completion after <see cref="RequestLoopInput.Requests"/> requests. No ContinueAsNew.
/// </summary>
internal sealed class RequestLoopOrchestrator : TaskOrchestrator<RequestLoopInput, int[]>
{
    public const string RequestEvent = "request";

    public override async Task<int[]> RunAsync(TaskOrchestrationContext context, RequestLoopInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var processed = new List<int>();
        var request = context.WaitForExternalEvent<string>(RequestEvent);
        while (processed.Count < input.Requests)
        {
            using var cancelTimer = new CancellationTokenSource();
            var deadline = context.CreateTimer(input.DeadlineUtc, cancelTimer.Token);
            if (await Task.WhenAny(request, deadline) == deadline)
            {
                context.SetCustomStatus(new LoopStatus(processed.Count, Expired: true));
                return [.. processed];
            }

            cancelTimer.Cancel();
            var payload = await request;
            request = context.WaitForExternalEvent<string>(RequestEvent);
            processed.Add(await context.CallActivityAsync<int>(nameof(ProcessRequest), payload));
            context.SetCustomStatus(new LoopStatus(processed.Count, Expired: false));
        }

        return [.. processed];
    }
}

/// <summary>The custom status the loop sets after each step.</summary>
internal sealed record LoopStatus(int Processed, bool Expired);
