using System.Globalization;
using Genoptraening.Bench.Wiring.Checks;

namespace Genoptraening.Bench.Wiring;

/// <summary>Prints the table of figures and what happened in each check, as markdown.</summary>
internal static class Report
{
    public static void Write(TextWriter log, IReadOnlyList<MeasuredCombination> reports, IReadOnlyList<IdleResult> idle, IReadOnlyList<AbandonResult> abandoned)
    {
        log.WriteLine();
        log.WriteLine("| wiring / backend | courses x requests | steps done | start all (s) | raise all (s) | steps/s | last step (s) | all completed (s) | in order, none lost | idle (s) | step after idle (ms) | completed after idle (ms) |");
        log.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        for (var i = 0; i < reports.Count; i++)
        {
            var t = reports[i].Throughput;
            var check = t.Problems.Count == 0 ? $"yes ({t.Completed}/{t.Instances})" : $"NO: {t.Problems.Count} problems";
            log.WriteLine(Invariant(
                $"| {reports[i].Label} | {t.Instances} x {t.ExpectedSteps / t.Instances} | {t.Steps}/{t.ExpectedSteps} | {t.StartSeconds:F1} | {t.RaiseSeconds:F1} | {t.StepsPerSecond:F0} | {t.StepsSeconds:F1} | {t.CompletedSeconds:F1} | {check} | {idle[i].IdleSeconds:F0} | {Ms(idle[i].StepMs)} | {Ms(idle[i].CompletedMs)} |"));
        }

        log.WriteLine();
        log.WriteLine("| abandoned work item | new worker up (s) | step completed (s after stop) | course completed (s after stop) | final status | activity starts |");
        log.WriteLine("|---|---:|---:|---:|---|---:|");
        foreach (var a in abandoned)
        {
            log.WriteLine(Invariant($"| {a.Scenario} | {a.RestartSeconds:F1} | {Seconds(a.StepSeconds)} | {Seconds(a.CompletedSeconds)} | {a.FinalStatus} | {a.ActivityStarts} |"));
        }

        log.WriteLine();
        foreach (var r in reports)
        {
            log.WriteLine($"## {r.Label}");
            log.WriteLine($"- duplicate EventRaised: {r.Duplicates.Event}");
            log.WriteLine($"- duplicate TaskCompleted: {r.Duplicates.Completion}");
            foreach (var problem in r.Throughput.Problems.Take(5))
            {
                log.WriteLine($"- throughput problem: {problem}");
            }

            foreach (var line in r.Throughput.Logs)
            {
                log.WriteLine($"- logged during the throughput check: {line}");
            }
        }

        for (var i = 0; i < reports.Count; i++)
        {
            log.WriteLine($"## logs while idle: {reports[i].Label}");
            WriteLines(log, idle[i].IdleLogs);
        }

        foreach (var a in abandoned)
        {
            log.WriteLine($"## logs after the stop: {a.Scenario}");
            WriteLines(log, a.Logs);
        }
    }

    private static void WriteLines(TextWriter log, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            log.WriteLine("- (none)");
        }

        foreach (var line in lines)
        {
            log.WriteLine($"- {line}");
        }
    }

    private static string Ms(double? ms) => ms is { } value ? value.ToString("F0", CultureInfo.InvariantCulture) : "none";

    private static string Seconds(double? s) => s is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : "never";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
