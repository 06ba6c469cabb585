using System.Globalization;
using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Checks;
using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Wirings;

namespace Genoptraening.Bench.Wiring;

/// <summary>
/// Part A, one combination at a time: throughput and duplicates, then the combination is disposed (with its Azurite).
/// Part B, all four side by side on fresh backends: the shared idle period, then the abandoned work items.
/// </summary>
internal static class BenchmarkRun
{
    private const int Requests = 10;

    private static readonly (string Wiring, string Backend)[] Plan =
    [
        (WiringNames.Sidecar, BackendFactory.InMemoryName),
        (WiringNames.Core, BackendFactory.InMemoryName),
        (WiringNames.Sidecar, BackendFactory.AzureStorageName),
        (WiringNames.Core, BackendFactory.AzureStorageName),
    ];

    public static async Task RunAsync(TextWriter log, bool quick, string? only)
    {
        log.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {BenchClock.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        // --quick: a smoke run of the program itself (20 courses, 10 s idle), not a measurement. Azure Storage over
        // Azurite runs about 12 steps/s here: 100 courses keep its check near a minute and the whole run near 10.
        int Instances(string backend) => quick ? 20 : backend == BackendFactory.InMemoryName ? 200 : 100;
        var idleFor = quick ? TimeSpan.FromSeconds(10) : TimeSpan.FromMinutes(3);
        var plan = Plan.Where(p => only is null || only == $"{p.Wiring}/{p.Backend}").ToArray();

        var measured = new List<MeasuredCombination>();
        foreach (var (wiring, backend) in plan)
        {
            await using var combination = await Combination.StartAsync(wiring, backend);
            var throughput = await ThroughputCheck.RunAsync(combination, Instances(backend), Requests);
            log.WriteLine(Invariant($"{combination.Label}: {throughput.StepsPerSecond:F0} steps/s, {throughput.Completed}/{throughput.Instances} completed in {throughput.CompletedSeconds:F1} s, {throughput.Problems.Count} problems"));
            var duplicates = await DuplicateCheck.RunAsync(combination);
            log.WriteLine($"{combination.Label}: duplicate event: {duplicates.Event}");
            log.WriteLine($"{combination.Label}: duplicate completion: {duplicates.Completion}");
            measured.Add(new MeasuredCombination(combination.Label, throughput, duplicates));
        }

        var combinations = new List<Combination>();
        try
        {
            var idleSince = new List<TimeSpan>();
            foreach (var (wiring, backend) in plan)
            {
                var combination = await Combination.StartAsync(wiring, backend);
                combinations.Add(combination);
                await IdleCheck.PrepareAsync(combination);
                idleSince.Add(BenchClock.Now);
            }

            var wakeAt = idleSince.Max() + idleFor;
            log.WriteLine(Invariant($"idling {(wakeAt - BenchClock.Now).TotalSeconds:F0} s"));
            await Task.Delay(wakeAt - BenchClock.Now);
            var idle = await Task.WhenAll(combinations.Select((c, i) => IdleCheck.RunAsync(c, idleSince[i])));

            log.WriteLine("abandoned work items: stopping workers in the middle of a step");
            var abandoned = await Task.WhenAll(combinations.SelectMany(AbandonScenarios));
            Report.Write(log, measured, idle, abandoned);
        }
        finally
        {
            foreach (var combination in combinations)
            {
                await combination.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// In-process replacement of the worker side for the sidecar (the sidecar stays up) and for Core on the in-memory
    /// backend (its state lives in the process); a killed and restarted host process on Azure Storage, both wirings.
    /// (Core's force-stopped TaskHubWorker keeps renewing its hung activity's lock, so only a real kill is faithful there.)
    /// </summary>
    private static IEnumerable<Task<AbandonResult>> AbandonScenarios(Combination combination)
    {
        if (combination.Wiring.Name == WiringNames.Sidecar || combination.Azurite is null)
        {
            yield return AbandonCheck.InProcessAsync(combination);
        }

        if (combination.Azurite is not null)
        {
            yield return AbandonCheck.KilledProcessAsync(combination.Wiring.Name, combination.Azurite.ConnectionString);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

internal sealed record MeasuredCombination(string Label, ThroughputResult Throughput, DuplicateResult Duplicates);
