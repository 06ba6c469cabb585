using DurableTask.Core;
using DurableTask.Core.History;
using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Synthetic;
using Genoptraening.Bench.Wiring.Wirings;
using Microsoft.DurableTask.Converters;

namespace Genoptraening.Bench.Wiring.Checks;

/// <summary>
/// Check 4: the same message delivered twice through the backend's client (SendTaskOrchestrationMessageAsync):
/// (a) one EventRaised TaskMessage object sent twice; (b) the TaskCompleted message the activity dispatcher sent for a
/// step, sent again after the orchestration consumed it (same TaskScheduledId).
/// </summary>
internal static class DuplicateCheck
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<DuplicateResult> RunAsync(Combination combination)
    {
        var events = await DuplicateEventAsync(combination);
        var completions = await DuplicateCompletionAsync(combination);
        return new DuplicateResult(events, completions);
    }

    private static async Task<string> DuplicateEventAsync(Combination combination)
    {
        const string id = "duplicate-event";
        var wiring = combination.Wiring;
        await wiring.StartInstanceAsync(id, new RequestLoopInput(BenchClock.UtcNow.AddDays(30), 3));
        await Polling.UntilRunningAsync(wiring, id);
        var message = new TaskMessage
        {
            Event = new EventRaisedEvent(-1, JsonDataConverter.Default.Serialize("r0")) { Name = RequestLoopOrchestrator.RequestEvent },
            OrchestrationInstance = new OrchestrationInstance { InstanceId = id },
        };
        await wiring.Backend.Client.SendTaskOrchestrationMessageAsync(message);
        await wiring.Backend.Client.SendTaskOrchestrationMessageAsync(message);
        await BenchClock.WithinAsync(combination.Steps.WhenCompleted(id, "r0"), Timeout);
        await Task.Delay(Settle);
        await wiring.RaiseRequestAsync(id, "r1");
        await wiring.RaiseRequestAsync(id, "r2");
        var final = await Polling.UntilTerminalAsync(wiring, id, Timeout);
        var ran = string.Join(',', combination.Steps.CompletedSteps(id).Select(s => s.Payload));
        return $"activity ran [{ran}]; {Describe(final)}";
    }

    private static async Task<string> DuplicateCompletionAsync(Combination combination)
    {
        const string id = "duplicate-completed";
        var wiring = combination.Wiring;
        await wiring.StartInstanceAsync(id, new RequestLoopInput(BenchClock.UtcNow.AddDays(30), 2));
        await Polling.UntilRunningAsync(wiring, id);
        await wiring.RaiseRequestAsync(id, "r0");
        await Polling.UntilAsync(wiring, id, s => s.CustomStatus?.Contains("\"Processed\":1", StringComparison.Ordinal) == true, Timeout);
        var completion = wiring.Backend.Service.LastActivityResult(id);
        if (completion?.Event is not TaskCompletedEvent completed)
        {
            return "no TaskCompleted message was seen";
        }

        await wiring.Backend.Client.SendTaskOrchestrationMessageAsync(completion);
        await Task.Delay(Settle);
        var afterDuplicate = await wiring.GetStateAsync(id);
        await wiring.RaiseRequestAsync(id, "r1");
        var final = await Polling.UntilTerminalAsync(wiring, id, Timeout);
        return $"TaskCompleted(TaskScheduledId {completed.TaskScheduledId}) sent again: then {afterDuplicate?.Status}; " +
            $"after next request {Describe(final)}";
    }

    private static string Describe(InstanceState? state) => state switch
    {
        null => "no state",
        { IsTerminal: false } => $"still {state.Status} after {Timeout.TotalSeconds:F0} s (status {state.CustomStatus})",
        { Failure: not null } => $"{state.Status}: {state.Failure}",
        _ => $"{state.Status}, output {state.Output}",
    };
}

internal sealed record DuplicateResult(string Event, string Completion);
