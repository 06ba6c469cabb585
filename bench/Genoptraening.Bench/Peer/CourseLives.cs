using Genoptraening.Bench.Durable;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Steps;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// The driver both systems face: plans of the standard course received together, then twelve weeks
/// with the clock moved a day at a time; every other course has staff recording on time
/// (<see cref="OnTime"/>), the rest are left alone and breach. Optionally a deployment on one day.
/// </summary>
internal static class CourseLives
{
    /// <summary>The standard course: a training plan under the Health Act in Rebild.</summary>
    public static readonly StandardId Standard = new("rebild", "sul140");

    /// <summary>A Monday.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 9, 7, 8, 0);

    public const int Days = 12 * 7;

    private const int StartsAtOnce = 8;

    public static StandardVersion RulesAt(ServiceCatalog catalog, Instant receivedAt) =>
        catalog.VersionFor(Standard, Copenhagen.DateOf(receivedAt)) ?? throw new InvalidOperationException($"The catalog has no {Standard}.");

    public static Referral PlanAt(Instant receivedAt) => Referral.Plan(receivedAt, Copenhagen.DateOf(receivedAt).PlusDays(-1));

    /// <summary>Starts <paramref name="courses"/> plans received at <paramref name="receivedAt"/> (a few at a time, as hospitals send) and waits for their start steps.</summary>
    public static async Task<IReadOnlyList<string>> StartAsync(CourseSystem system, int courses, Instant receivedAt, int firstIndex = 0)
    {
        var rules = RulesAt(system.Catalog, receivedAt);
        var ids = new string[courses];
        await Parallel.ForAsync(0, courses, new ParallelOptions { MaxDegreeOfParallelism = StartsAtOnce },
            async (i, _) => ids[i] = await system.StartAsync(firstIndex + i, rules, PlanAt(receivedAt)));
        await system.IdleAsync();
        return ids;
    }

    /// <summary>
    /// Twelve weeks, a day at a time. On <paramref name="deployOnDay"/>, before the clock reaches it, the
    /// worker is stopped and one with the <paramref name="deploy"/> code started: that day's timers and
    /// records are the new code's first steps.
    /// </summary>
    public static async Task LiveAsync(CourseSystem system, IReadOnlyList<string> ids, int? deployOnDay = null, DecideCourse? deploy = null)
    {
        for (var day = 1; day <= Days; day++)
        {
            if (day == deployOnDay)
            {
                await system.RedeployAsync(deploy!);
            }

            var at = Start + Duration.FromDays(day);
            await system.Backend.AdvanceToAsync(at);
            await system.IdleAsync();

            if (OnTime.For(day, at) is { } occurrence)
            {
                for (var i = 0; i < ids.Count; i += 2)
                {
                    await system.RecordAsync(ids[i], occurrence);
                }

                await system.IdleAsync();
            }
        }
    }
}
