using System.Diagnostics;
using Genoptraening.Bench.Storage;
using Genoptraening.Tests.Shared;

namespace Genoptraening.Bench.Peer;

/// <summary>What one system's courses cost over their whole lives, counted at Azurite.</summary>
/// <param name="System">ours or peer.</param>
/// <param name="Courses">How many courses (half on time, half left alone).</param>
/// <param name="Seconds">The window of their lives, start to the twelfth week's end.</param>
/// <param name="Window">Every transaction in the window, idle polling included.</param>
/// <param name="IdlePerHour">The same hub with no course, per hour.</param>
/// <param name="PerCourse">The window less idle polling at the idle rate, per course.</param>
/// <param name="HistoryRowsOnTime">History table rows per course at the end, courses on time.</param>
/// <param name="HistoryRowsLeftAlone">The same, courses left alone.</param>
/// <param name="LoadedAtLastEpisode">History events the last episode of a course loaded and replayed (mean).</param>
/// <param name="Endings">Statuses and alerts, to compare with the deployment's run.</param>
internal sealed record LifeFigures(
    string System, int Courses, double Seconds, TransactionCounts Window, TransactionCounts IdlePerHour, TransactionCounts PerCourse,
    double HistoryRowsOnTime, double HistoryRowsLeftAlone, double LoadedAtLastEpisode, CourseEndings Endings)
{
    public double HistoryRows => (HistoryRowsOnTime + HistoryRowsLeftAlone) / 2;
}

/// <summary>
/// One system on its own Azurite with a debug log: first the empty hub idles (its polling counted),
/// then the courses live their twelve weeks (every transaction counted, by kind), then the History
/// table is counted per instance.
/// </summary>
internal static class LifeRun
{
    public static async Task<LifeFigures> RunAsync(SystemFactory create, int courses, TimeSpan idle, TextWriter log)
    {
        var debugLog = Path.Combine(Path.GetTempPath(), $"genoptraening-bench-{Guid.NewGuid():N}.log");
        try
        {
            await using var azurite = new AzuriteProcess(debugLog);
            await azurite.StartAsync();
            var transactions = new AzuriteTransactions(debugLog);
            await using var system = await create(azurite.ConnectionString, CourseLives.Start);
            // The worker takes its partitions' leases first: not part of idling.
            await Task.Delay(TimeSpan.FromSeconds(15));
            var idleFrom = transactions.Mark();
            await Task.Delay(idle);
            var idleCounts = transactions.Count(idleFrom, transactions.Mark());
            var idlePerSecond = idleCounts.Times(1 / idle.TotalSeconds);

            var from = transactions.Mark();
            var watch = Stopwatch.StartNew();
            var ids = await CourseLives.StartAsync(system, courses, CourseLives.Start);
            await CourseLives.LiveAsync(system, ids);
            var seconds = watch.Elapsed.TotalSeconds;
            var window = transactions.Count(from, transactions.Mark());
            var perCourse = window.Minus(idlePerSecond.Times(seconds)).Times(1.0 / courses);

            var rows = await TaskHubHistory.RowsPerInstanceAsync(azurite.ConnectionString, system.HubName);
            double Rows(int parity) => ids.Where((_, i) => i % 2 == parity).Average(id => rows.GetValueOrDefault(id));
            var loaded = ids.Average(id => system.LoadedAtLastEpisode.GetValueOrDefault(id));
            var endings = await CourseEndings.ReadAsync(system, ids);
            log.WriteLine($"  {system.Name}: lives of {courses} courses done ({endings.StatusText})");
            return new LifeFigures(system.Name, courses, seconds, window, idlePerSecond.Times(3600), perCourse, Rows(0), Rows(1), loaded, endings);
        }
        finally
        {
            File.Delete(debugLog);
        }
    }
}

/// <summary>Starts ours or the peer on a storage account, under time skipping from the given instant.</summary>
internal delegate Task<CourseSystem> SystemFactory(string connectionString, NodaTime.Instant start);
