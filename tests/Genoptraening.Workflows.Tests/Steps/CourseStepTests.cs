using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.InMemory;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Steps;

/// <summary>The step activity's code on its own: idempotent by step number, and no step before its time.</summary>
public class CourseStepTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");
    private readonly ControlledEventStore events = new();
    private readonly InMemoryCourseReadModel readModel = new();
    private readonly InMemoryAlertSender alerts = new();
    private readonly VirtualClock clock = new(Received);
    private readonly Guid courseId = CourseIds.For("hospital/plan-1");

    private CourseStep Step => new(events, readModel, alerts, TestCatalog.Instance, clock, CourseDecider.Decide);

    [Fact]
    public async Task StepRunTwice_ChangesTheCourseOnce_AndSendsItsAlertsAgainWithTheSameIds()
    {
        await StartAsync();
        var breach = At("2026-05-13T00:00:00+02:00");
        clock.AdvanceTo(breach);
        var warning = await Step.RunAsync(Timer(2, At("2026-05-11T00:00:00+02:00")));
        var historyAfterWarning = (await events.LoadAsync(courseId))!.Events;
        var sentBefore = alerts.Sent.Count;

        var again = await Step.RunAsync(Timer(2, At("2026-05-11T00:00:00+02:00")));

        Assert.Equal(warning, again);
        Assert.Equal(historyAfterWarning, (await events.LoadAsync(courseId))!.Events);
        var first = alerts.Sent.Take(sentBefore).ToList();
        var repeated = alerts.Sent.Skip(sentBefore).ToList();
        Assert.NotEmpty(repeated);
        Assert.Equal(first.Select(a => a.Id), repeated.Select(a => a.Id));
        Assert.Equal(first, repeated);
        Assert.Equal(2, (await readModel.FindAsync("rebild", courseId))!.Step);
    }

    [Fact]
    public async Task TimerStep_BeforeItsDueInstantByTheClock_ChangesNothing()
    {
        var started = await StartAsync();
        var due = started.NextDue!.Value;
        clock.AdvanceTo(Instant.FromDateTimeOffset(due) - Duration.FromSeconds(1));

        var early = await Step.RunAsync(new StepInput(courseId.ToString("D"), 2, 1, null, due));

        Assert.Equal(due, early.NextDue);
        Assert.Equal(1, (await events.LoadAsync(courseId))!.LastStep);
        Assert.Empty(alerts.Sent);
    }

    [Fact]
    public async Task StepThatFailsToWrite_ReturnsAFailureWithTheBackoffByTheClock()
    {
        await StartAsync();
        clock.AdvanceTo(At("2026-05-11T00:00:00+02:00"));
        events.FailAppends(1);
        var activity = new CourseStepActivity(Step, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<CourseStepActivity>.Instance);

        var failed = await activity.RunAsync(null!, Timer(2, At("2026-05-11T00:00:00+02:00")) with { Attempt = 2 });

        Assert.Equal(nameof(IOException), failed.Failure!.Error);
        Assert.Equal(At("2026-05-11T00:00:20+02:00").ToDateTimeOffset(), failed.Failure.RetryAt);
        Assert.Equal(1, (await events.LoadAsync(courseId))!.LastStep);
    }

    private async Task<StepOutcome> StartAsync()
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), Copenhagen(Received))!;
        var start = StoredRequest.Of(RaisedRequest.Start, Received, new CourseCommand.StartCourse(rules, Referral.Plan(Received, D("2026-05-08"))), "dev-hospital-a");
        Assert.True(await events.TryCreateAsync(courseId, start));
        return await Step.RunAsync(new StepInput(courseId.ToString("D"), 1, 1, new RaisedRequest(RaisedRequest.Start, RaisedRequest.Start, Received).ToJson(), null));
    }

    private StepInput Timer(int step, Instant due) => new(courseId.ToString("D"), step, 1, null, due.ToDateTimeOffset());

    private static LocalDate Copenhagen(Instant instant) => Domain.Calendar.Copenhagen.DateOf(instant);
}
