using System.Globalization;

namespace Genoptraening.Bench.Peer;

/// <summary>The peer comparison's lines, in the style of the other parts: figures, then ours / peer.</summary>
internal static class PeerReport
{
    public static void Write(PeerComparison c, TextWriter log)
    {
        foreach (var life in new[] { c.OursLife, c.PeerLife })
        {
            log.WriteLine(Line($"{life.System} (Azure Storage on Azurite, time skipping): {life.Courses} twelve-week courses in {life.Seconds:F0} s: ",
                $"{life.PerCourse.Total:F0} storage transactions per course (tables {life.PerCourse.Tables:F0}, queues {life.PerCourse.Queues:F0}, blobs {life.PerCourse.Blobs:F0}; idle polling subtracted)"));
            log.WriteLine(Line($"{life.System}: per course by kind: {life.PerCourse.Per(1)}"));
            log.WriteLine(Line($"{life.System}: idle hub: {life.IdlePerHour.Total:F0} transactions per hour ({life.IdlePerHour.Per(1, 6)}); in the window {life.Window.Total:F0} in all"));
            log.WriteLine(Line($"{life.System}: history rows per course at the end: {life.HistoryRows:F1} (on time {life.HistoryRowsOnTime:F1}, left alone {life.HistoryRowsLeftAlone:F1}); ",
                $"history events loaded and replayed by a course's last episode: {life.LoadedAtLastEpisode:F1}"));
        }

        log.WriteLine(Line($"ours / peer: transactions per course {Ratio(c.OursLife.PerCourse.Total, c.PeerLife.PerCourse.Total)}, ",
            $"history rows per course {Ratio(c.OursLife.HistoryRows, c.PeerLife.HistoryRows)}, replayed at the last step {Ratio(c.OursLife.LoadedAtLastEpisode, c.PeerLife.LoadedAtLastEpisode)}; ",
            $"the two left the same alerts on {c.OursLife.Courses - c.OursLife.Endings.AlertsDifferFrom(c.PeerLife.Endings)} of {c.OursLife.Courses} courses"));

        foreach (var (name, wave) in new[] { ("ours", c.OursWave), ("peer", c.PeerWave) })
        {
            log.WriteLine(Line($"{name}: wave of {wave.Courses} courses due at one instant: {wave.Seconds:F1} s = {wave.StepsPerSecond:F1} steps/s; {wave.Alerts} courses alerted"));
        }

        log.WriteLine(Line($"ours / peer: wave steps per second {Ratio(c.OursWave.StepsPerSecond, c.PeerWave.StepsPerSecond)}"));

        foreach (var (deployment, baseline) in new[] { (c.OursDeployment, c.OursLife), (c.PeerDeployment, c.PeerLife) })
        {
            log.WriteLine(Line($"{deployment.System}: deployment on day {deployment.Day} ({deployment.Change}) with the courses in flight: {deployment.Endings.StatusText} ",
                $"(without it: {baseline.Endings.StatusText}); {deployment.Endings.Alerts} alerts ({baseline.Endings.Alerts} without it), ",
                $"{deployment.Endings.AlertsDifferFrom(baseline.Endings)} of {deployment.Endings.AlertsByCourse.Count} courses with other alerts than without it"));
            foreach (var (failure, count) in deployment.Endings.Failures)
            {
                log.WriteLine(Line($"{deployment.System}:   {count} failed: {failure}"));
            }
        }

        log.WriteLine(Line($"after the deployment, peer against ours: {c.PeerDeployment.Endings.AlertsDifferFrom(c.OursDeployment.Endings)} of {c.PeerDeployment.Endings.AlertsByCourse.Count} courses with other alerts"));
    }

    private static string Ratio(double ours, double peer) => peer == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{ours / peer:F2}");

    private static string Line(params FormattableString[] parts) => string.Concat(parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
