using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Bench.Queries;

/// <summary>
/// Courses of Rebild run through the engine with varied histories: plans (§ 140) and applications
/// (§ 86 stk. 1) received over 2026, each taken a random number of steps at random delays, with every
/// timer fired on the way. Their events, deadlines and report facts are the engine's own.
/// </summary>
internal static class SeedCourses
{
    private static readonly StandardId Sul140 = new("rebild", "sul140");
    private static readonly StandardId Sel86 = new("rebild", "sel86-1");
    private static readonly Instant YearStart = Instant.FromUtc(2026, 1, 5, 8, 0);

    public static async Task RunAsync(ICourseStore store, ServiceCatalog catalog, int courses, int seed = 7)
    {
        var random = new Random(seed);
        var actions = new List<(Instant At, int Course, Occurrence? Step)>();
        for (var course = 0; course < courses; course++)
        {
            var received = YearStart + Duration.FromMinutes(random.Next(0, 300 * 24 * 60));
            actions.Add((received, course, null));
            actions.AddRange(Script(course, received, random).Select(step => (step.At, course, (Occurrence?)step)));
        }

        var end = actions.Max(a => a.At) + Duration.FromDays(1);
        var clock = new VirtualClock(YearStart);
        var runtime = new CourseRuntime(store, catalog, clock);
        var worker = new TimerWorker(store, runtime, clock, new WorkerOptions { Owner = "seed" });
        var ids = new Guid[courses];
        foreach (var (at, course, step) in actions.OrderBy(a => a.At))
        {
            clock.AdvanceTo(at);
            await worker.FireDueAsync(at);
            var result = step is null
                ? await runtime.StartAsync(Start(course, at))
                : await runtime.RecordAsync(ids[course], step);
            if (result is StepResult.Accepted accepted)
            {
                ids[course] = accepted.CourseId;
            }
        }

        clock.AdvanceTo(end);
        await worker.FireDueAsync(end);
    }

    private static StartCourseRequest Start(int course, Instant at) => course % 2 == 0
        ? new StartCourseRequest(Sul140, Referral.Plan(at, Copenhagen.DateOf(at).PlusDays(-1)), $"5790000000001/SEED-{course}")
        : new StartCourseRequest(Sel86, Referral.Application(at));

    /// <summary>The first 0 to all steps of the course's standard, each 1–5 days after the one before.</summary>
    private static List<Occurrence> Script(int course, Instant received, Random random)
    {
        var at = received;
        Instant Next(int minDays, int maxDays) => at += Duration.FromHours(random.Next(minDays * 24, maxDays * 24));
        List<Func<Occurrence>> steps = course % 2 == 0
            ?
            [
                () => new Occurrence.CitizenContacted(Next(1, 5)),
                () => new Occurrence.StartOffered(Next(1, 4), Copenhagen.DateOf(at).PlusDays(random.Next(1, 6))),
                () => new Occurrence.TrainingStarted(Next(3, 8)),
                () => new Occurrence.CourseCompleted(Next(30, 60), true, random.Next(2) == 0 ? "Motionshold" : null),
            ]
            :
            [
                () => new Occurrence.CitizenContacted(Next(1, 4)),
                () => new Occurrence.Visitated(Next(1, 3), true, null),
                () => new Occurrence.ProviderContacted(Next(1, 3)),
                () => new Occurrence.InitialExaminationHeld(Next(1, 3), random.Next(3) > 0),
                () => new Occurrence.TrainingStarted(Next(1, 4)),
                () => new Occurrence.CourseCompleted(Next(35, 50), random.Next(4) > 0, random.Next(2) == 0 ? "Motionshold" : null),
            ];
        var taken = random.Next(0, steps.Count + 1);
        return [.. steps.Take(taken).Select(step => step())];
    }
}
