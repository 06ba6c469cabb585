using System.Diagnostics;
using Genoptraening.Domain.Courses;
using Genoptraening.Tests.Shared;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>A midnight wave: courses whose first timer (the contact deadline's warning) falls due at one instant.</summary>
/// <param name="Courses">How many courses woke.</param>
/// <param name="Seconds">From the clock's move until every course has finished its step.</param>
/// <param name="Alerts">Alerts in the queue after the wave.</param>
internal sealed record WaveFigures(int Courses, double Seconds, int Alerts)
{
    public double StepsPerSecond => Courses / Seconds;
}

/// <summary>
/// The wave on its own Azurite (no debug log: it would slow Azurite down): all courses received at
/// one instant and started, then one move of the clock to their common due instant releases them together.
/// </summary>
internal static class WaveRun
{
    public static async Task<WaveFigures> RunAsync(SystemFactory create, int courses, TextWriter log)
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var system = await create(azurite.ConnectionString, CourseLives.Start);
        var ids = await CourseLives.StartAsync(system, courses, CourseLives.Start);
        var due = FirstDue(system);
        log.WriteLine($"  {system.Name}: {courses} courses started; the wave falls due at {due}");
        var watch = Stopwatch.StartNew();
        await system.Backend.AdvanceToAsync(due);
        var idle = system.IdleAsync();
        while (await Task.WhenAny(idle, Task.Delay(TimeSpan.FromSeconds(30))) != idle)
        {
            var first = await system.Client.GetOrchestrationStateAsync(ids[0]);
            log.WriteLine($"  {system.Name}: wave still running after {watch.Elapsed.TotalSeconds:F0} s: {system.Backend.ReleasedTimerCount} timers released, " +
                $"{system.Backend.HeldTimerCount} held; the first course {first?.OrchestrationStatus}, {first?.Output}");
        }

        await idle;
        var seconds = watch.Elapsed.TotalSeconds;
        var alerts = (await AlertLedger.ReadAsync(azurite.ConnectionString, CourseLives.Standard.Municipality)).Count;
        return new WaveFigures(ids.Count, seconds, alerts);
    }

    /// <summary>The standard course's first due instant, by the decider itself.</summary>
    private static Instant FirstDue(CourseSystem system)
    {
        var start = new CourseCommand.StartCourse(CourseLives.RulesAt(system.Catalog, CourseLives.Start), CourseLives.PlanAt(CourseLives.Start));
        var decided = (Decision.Accepted)CourseDecider.Decide(CourseDecider.Initial, start, CourseLives.Start);
        return CourseDecider.Fold(decided.Events).NextTimer!.Due;
    }
}
