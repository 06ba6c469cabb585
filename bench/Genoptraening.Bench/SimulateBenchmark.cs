using System.Diagnostics;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Simulation;

namespace Genoptraening.Bench;

/// <summary><c>simulate</c>'s engine over a batch of scenarios of every standard, in one process.</summary>
internal static class SimulateBenchmark
{
    public static async Task<double> SecondsForAsync(int scenarios, ServiceCatalog catalog)
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, scenarios).Select(Scenario)) + "]";
        var watch = Stopwatch.StartNew();
        var (parsed, _, problems) = ScenarioReader.Read(json, catalog);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        var simulator = new Simulator(catalog);
        var results = new List<SimulationResult>(parsed.Count);
        foreach (var scenario in parsed)
        {
            results.Add(await simulator.RunAsync(scenario));
        }

        _ = SimulationJson.Write(results, asArray: true);
        return watch.Elapsed.TotalSeconds;
    }

    private static string Scenario(int i) => (i % 4) switch
    {
        0 => """
            { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-08" },
              "events": [ { "at": "2026-05-11T09:30:00+02:00", "type": "CitizenContacted" },
                          { "at": "2026-05-12T13:00:00+02:00", "type": "StartOffered", "startDate": "2026-05-18" } ],
              "until": "2026-08-01T00:00:00+02:00" }
            """,
        1 => """
            { "standard": "kommune-004/sel86-1", "referral": { "receivedAt": "2026-01-05T09:00:00+01:00" },
              "events": [ { "at": "2026-01-07T10:00:00+01:00", "type": "CitizenContacted" },
                          { "at": "2026-01-09T10:00:00+01:00", "type": "Visitated", "granted": true, "level": "basal" },
                          { "at": "2026-01-20T10:00:00+01:00", "type": "TrainingStarted" },
                          { "at": "2026-02-25T10:00:00+01:00", "type": "MidwayEvaluationHeld" },
                          { "at": "2026-04-20T10:00:00+02:00", "type": "CourseCompleted", "goalsAttained": true, "continuation": "Motionshold" } ],
              "until": "2026-06-01T00:00:00+02:00" }
            """,
        2 => """
            { "standard": "mariagerfjord/sel86-1", "referral": { "receivedAt": "2026-03-02T09:00:00+01:00" },
              "events": [ { "at": "2026-03-04T09:00:00+01:00", "type": "Visitated", "granted": true },
                          { "at": "2026-03-10T09:00:00+01:00", "type": "InitialExaminationHeld" },
                          { "at": "2026-03-20T09:00:00+01:00", "type": "TrainingStarted" },
                          { "at": "2026-05-01T09:00:00+02:00", "type": "ExtensionGranted", "weeks": 2 } ],
              "until": "2026-07-01T00:00:00+02:00" }
            """,
        _ => """
            { "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-03-27T14:00:00+01:00" }, "events": [],
              "until": "2026-05-01T00:00:00+02:00" }
            """,
    };
}
