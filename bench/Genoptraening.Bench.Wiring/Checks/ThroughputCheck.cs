using System.Globalization;
using System.Text.Json;
using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Synthetic;

namespace Genoptraening.Bench.Wiring.Checks;

/// <summary>
/// Check 1: <c>instances</c> courses, each sent <c>requests</c> requests by the client, all raised up front (each
/// instance's requests in order, 16 instances at a time). A step is one request processed by the activity.
/// </summary>
internal static class ThroughputCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan CompletionGrace = TimeSpan.FromSeconds(30);

    public static async Task<ThroughputResult> RunAsync(Combination combination, int instances, int requests)
    {
        var wiring = combination.Wiring;
        var steps = combination.Steps;
        var ids = Enumerable.Range(0, instances).Select(i => $"course-{i:D3}").ToArray();
        var input = new RequestLoopInput(BenchClock.UtcNow.AddDays(30), requests);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };

        var began = BenchClock.Now;
        await Parallel.ForEachAsync(ids, parallel, async (id, _) => await wiring.StartInstanceAsync(id, input));
        var started = BenchClock.Now;
        await Parallel.ForEachAsync(ids, parallel, async (id, _) =>
        {
            for (var r = 0; r < requests; r++)
            {
                await wiring.RaiseRequestAsync(id, $"r{r}");
            }
        });
        var raised = BenchClock.Now;

        var expected = instances * requests;
        while (steps.CompletedCount < expected && BenchClock.Now - started < Timeout)
        {
            await Task.Delay(50);
        }

        var stepsDone = steps.LastCompletion;
        var completed = await WaitForCompletionAsync(combination, ids, requests, BenchClock.Now + CompletionGrace);
        var allCompleted = BenchClock.Now;
        var stuck = await DescribeAsync(combination, ids.Where(id => !completed.ContainsKey(id)).Take(5));
        var problems = Verify(combination, ids, requests, completed, stuck);
        var logs = LogSummary.Of(combination.Logs.Between(began, BenchClock.Now));
        return new ThroughputResult(
            instances,
            expected,
            steps.CompletedCount,
            (started - began).TotalSeconds,
            (raised - started).TotalSeconds,
            (stepsDone - started).TotalSeconds,
            (allCompleted - started).TotalSeconds,
            completed.Count(c => c.Value.Status == "Completed"),
            problems,
            logs);
    }

    private static async Task<Dictionary<string, Wirings.InstanceState>> WaitForCompletionAsync(
        Combination combination, string[] ids, int requests, TimeSpan giveUpAt)
    {
        var done = new Dictionary<string, Wirings.InstanceState>(StringComparer.Ordinal);
        while (done.Count < ids.Length && BenchClock.Now < giveUpAt)
        {
            // Only ask about instances whose last step has run: the client is not the thing measured.
            var candidates = ids.Where(id => !done.ContainsKey(id) && combination.Steps.CompletedSteps(id).Count >= requests).ToArray();
            foreach (var id in candidates)
            {
                var state = await combination.Wiring.GetStateAsync(id);
                if (state is { IsTerminal: true })
                {
                    done[id] = state;
                }
            }

            if (done.Count < ids.Length)
            {
                await Task.Delay(100);
            }
        }

        return done;
    }

    private static async Task<Dictionary<string, string>> DescribeAsync(Combination combination, IEnumerable<string> ids)
    {
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var state = await combination.Wiring.GetStateAsync(id);
            described[id] = state is null ? "no state" : $"{state.Status}, custom status {state.CustomStatus}";
        }

        return described;
    }

    private static List<string> Verify(
        Combination combination, string[] ids, int requests, Dictionary<string, Wirings.InstanceState> completed, Dictionary<string, string> stuck)
    {
        var problems = new List<string>();
        var want = Enumerable.Range(0, requests).ToArray();
        foreach (var id in ids)
        {
            var payloads = combination.Steps.CompletedSteps(id).Select(s => s.Payload).ToArray();
            if (!payloads.SequenceEqual(want.Select(n => $"r{n}")))
            {
                problems.Add($"{id}: activity ran [{string.Join(',', payloads)}]");
            }

            if (!completed.TryGetValue(id, out var state))
            {
                problems.Add($"{id}: not seen completed in time ({stuck.GetValueOrDefault(id)})");
                continue;
            }

            var output = state.Output is null ? null : JsonSerializer.Deserialize<int[]>(state.Output);
            if (state.Status != "Completed" || output is null || !output.SequenceEqual(want))
            {
                problems.Add($"{id}: {state.Status} output {state.Output} {state.Failure}");
            }
            else if (state.CustomStatus?.Contains(string.Create(CultureInfo.InvariantCulture, $"\"Processed\":{requests}"), StringComparison.Ordinal) != true)
            {
                problems.Add($"{id}: custom status {state.CustomStatus}");
            }
        }

        return problems;
    }
}

internal sealed record ThroughputResult(
    int Instances,
    int ExpectedSteps,
    int Steps,
    double StartSeconds,
    double RaiseSeconds,
    double StepsSeconds,
    double CompletedSeconds,
    int Completed,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Logs)
{
    public double StepsPerSecond => Steps / StepsSeconds;
}
