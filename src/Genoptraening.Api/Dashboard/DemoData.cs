using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.TimeSkipping;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Api.Dashboard;

/// <summary>
/// With <c>Demo:Seed=true</c> and no course yet, four courses of every standard in different states
/// (new, contacted, late, completed), so a newcomer sees a living overview. Made-up CPR numbers only.
/// The courses are received in the past and their deadlines since then fire at once; what a
/// visitator did is recorded now, after them (a course takes no event dated before its last one).
/// </summary>
internal sealed partial class DemoData(
    IServiceProvider services, CourseIntake intake, CourseService requests, CourseLists lists, ServiceCatalog catalog, IClock clock, IConfiguration configuration,
    ILogger<DemoData> logger)
    : IHostedService
{
    /// <summary>Who the demo courses' referrals and events are from, in their histories.</summary>
    private const string DemoActor = "demo";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(Engine.SettingKeys.DemoSeed, false))
        {
            return;
        }

        if ((await lists.ListAsync(null, null, null, null, 1, null, cancellationToken)).Items.Count > 0)
        {
            SkippedSeeding(logger);
            return;
        }

        var now = clock.GetCurrentInstant();
        var standards = catalog.Standards.ToList();
        foreach (var standard in standards)
        {
            await SeedAsync(standard, "ny", now - Duration.FromHours(1), [], cancellationToken);
            await SeedAsync(standard, "kontaktet", now - Duration.FromDays(2), [new CitizenContacted(now)], cancellationToken);
            await SeedAsync(standard, "forsinket", now - Duration.FromDays(20), [], cancellationToken);
            await SeedAsync(standard, "afsluttet", now - Duration.FromDays(40), Completed(now), cancellationToken);
        }

        // Under the development clock, wait for the deadlines that have come due, so the overview is complete before the first
        // request. (The time-skipping task hub exists only under that clock: asked for on the system clock, it cannot be made.)
        if (clock is VirtualClock && services.GetService<TimeSkippingOrchestrationService>() is { } timeSkipping)
        {
            await timeSkipping.WaitForIdleAsync(cancellationToken);
        }

        Seeded(logger, standards.Count * 4);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo:Seed: {Courses} demo courses added.")]
    private static partial void Seeded(ILogger logger, int courses);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo:Seed: the storage account already holds courses, so no demo courses were added (delete .azurite/ to start afresh).")]
    private static partial void SkippedSeeding(ILogger logger);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(StandardId standard, string name, Instant receivedAt, IReadOnlyList<Occurrence> events, CancellationToken cancellationToken)
    {
        var referral = standard.IsHealthAct
            ? Referral.Plan(receivedAt, Domain.Calendar.Copenhagen.DateOf(receivedAt).PlusDays(-1))
            : Referral.Application(receivedAt);
        var key = standard.IsHealthAct ? $"plan:5790000000001/DEMO-{standard.Municipality}-{name}" : $"application:{standard.Municipality}/DEMO-{standard.Basis}-{name}";
        var started = await intake.StartAsync(new StartCourseRequest(standard, referral, key, new PersonalData("0101001234", "Demoforløb"), DemoActor), cancellationToken);
        if (started.CourseId is not { } courseId)
        {
            return;
        }

        foreach (var occurrence in events)
        {
            // Events a standard has no use for are simply recorded; refusals are part of the demo too.
            await requests.SendAsync(courseId, new CourseCommand.Record(occurrence), DemoActor, _ => true, cancellationToken);
        }
    }

    private static Occurrence[] Completed(Instant now) =>
    [
        new CitizenContacted(now),
        new Visitated(now, true, TrainingLevel.Basal),
        new ProviderContacted(now),
        new InitialExaminationHeld(now),
        new StartOffered(now, Domain.Calendar.Copenhagen.DateOf(now)),
        new TrainingStarted(now),
        new MidwayEvaluationHeld(now),
        new CourseCompleted(now, true, "Motionshold i lokalområdet"),
    ];
}
