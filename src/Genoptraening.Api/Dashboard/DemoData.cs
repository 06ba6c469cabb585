using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Api.Dashboard;

/// <summary>
/// With <c>Demo:Seed=true</c> and an empty database, four courses of every standard in different states
/// (new, contacted, late, completed), so a newcomer sees a living overview. Made-up CPR numbers only.
/// </summary>
internal sealed class DemoData(ICourseStore store, CourseRuntime runtime, IClock clock, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(Extensions.SettingKeys.DemoSeed, false)
            || (await store.ListCoursesAsync(new CourseQuery(null, null, null, null, 1, null), cancellationToken)).Count > 0)
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        foreach (var standard in runtime.Catalog.Standards)
        {
            await SeedAsync(standard, "ny", now - Duration.FromHours(1), [], now, cancellationToken);
            await SeedAsync(standard, "kontaktet", now - Duration.FromDays(2), [new CitizenContacted(now - Duration.FromDays(1))], now, cancellationToken);
            await SeedAsync(standard, "forsinket", now - Duration.FromDays(20), [], now, cancellationToken);
            await SeedAsync(standard, "afsluttet", now - Duration.FromDays(40), Completed(now - Duration.FromDays(40)), now, cancellationToken);
        }

        // Take every step that has come due, so the overview is complete before the first request.
        await new TimerWorker(store, runtime, clock, new WorkerOptions { Owner = "demo" }).FireDueAsync(now, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(StandardId standard, string name, Instant receivedAt, IReadOnlyList<Occurrence> events, Instant now, CancellationToken cancellationToken)
    {
        var referral = standard.IsHealthAct
            ? Referral.Plan(receivedAt, Domain.Calendar.Copenhagen.DateOf(receivedAt).PlusDays(-1))
            : Referral.Application(receivedAt);
        var key = standard.IsHealthAct ? $"plan:5790000000001/DEMO-{standard.Municipality}-{name}" : $"application:{standard.Municipality}/DEMO-{standard.Basis}-{name}";
        // The course lives its past on a clock of its own, moved from event to event; the host's
        // workers take what has come due since.
        var past = new VirtualClock(receivedAt);
        var history = new CourseRuntime(store, runtime.Catalog, past);
        if (await history.StartAsync(new StartCourseRequest(standard, referral, key, new PersonalData("0101001234", "Demoforløb")), cancellationToken)
            is not StepResult.Accepted started)
        {
            return;
        }

        foreach (var occurrence in events.Where(e => e.At <= now))
        {
            past.AdvanceTo(occurrence.At);
            // Events a standard has no use for are simply recorded; refusals are part of the demo too.
            await history.RecordAsync(started.CourseId, occurrence, cancellationToken);
        }
    }

    private static Occurrence[] Completed(Instant received) =>
    [
        new CitizenContacted(received + Duration.FromDays(1)),
        new Visitated(received + Duration.FromDays(2), true, TrainingLevel.Basal),
        new ProviderContacted(received + Duration.FromDays(3)),
        new InitialExaminationHeld(received + Duration.FromDays(3) + Duration.FromHours(1)),
        new StartOffered(received + Duration.FromDays(4), Domain.Calendar.Copenhagen.DateOf(received + Duration.FromDays(5))),
        new TrainingStarted(received + Duration.FromDays(5)),
        new MidwayEvaluationHeld(received + Duration.FromDays(20)),
        new CourseCompleted(received + Duration.FromDays(38), true, "Motionshold i lokalområdet"),
    ];
}
