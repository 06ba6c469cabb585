using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md § 4: an event that does not fit the course is rejected with a reason and changes nothing.</summary>
public class RejectionTests
{
    private static readonly Instant Later = At("2026-05-20T10:00:00+02:00");

    private static CourseScript Started() =>
        CourseScript.Application("mariagerfjord/sel86-1", "2026-05-04T09:00:00+02:00")
            .Record(new TrainingStarted(At("2026-05-05T09:00:00+02:00")));

    private static CourseScript NotYetStarted() =>
        CourseScript.Application("mariagerfjord/sel86-1", "2026-05-04T09:00:00+02:00");

    public static TheoryData<string, Occurrence, string> Misfits => new()
    {
        { "started", new TrainingStarted(Later), "training has already started" },
        { "notStarted", new MidwayEvaluationHeld(Later), "not possible before TrainingStarted" },
        { "notStarted", new ExtensionGranted(Later, 1), "not possible before TrainingStarted" },
        { "notStarted", new NoShow(Later), "not possible before TrainingStarted" },
        { "notStarted", new CourseCompleted(Later, true, null), "not possible before TrainingStarted" },
        { "started", new ExtendedFreeChoiceExercised(Later, "Privat klinik"), "free choice has not been triggered" },
        { "started", new ExtensionGranted(Later, 5), "at most 4 weeks" },
        { "ended", new CitizenContacted(Later), "the course has ended (outcome: cancelled)" },
        { "ended", new CourseCompleted(Later, true, null), "the course has ended" },
    };

    [Theory]
    [MemberData(nameof(Misfits))]
    public void Misfit_IsRejectedWithAReason_AndChangesNothing(string given, Occurrence occurrence, string reason)
    {
        var course = given switch
        {
            "started" => Started(),
            "notStarted" => NotYetStarted(),
            _ => Started().Record(new CourseCancelled(At("2026-05-06T09:00:00+02:00"), null)),
        };
        var before = course.History.Count;

        course.Record(occurrence);

        Assert.Equal(RejectionKind.NotAllowed, course.Rejection.Kind);
        Assert.Contains(reason, course.Rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(before, course.History.Count);
    }

    [Fact]
    public void Extension_WhereTheStandardAllowsNone_Rejected()
    {
        var course = CourseScript.Application("rebild/sel86-1", "2026-05-04T09:00:00+02:00")
            .Record(new TrainingStarted(At("2026-05-05T09:00:00+02:00")))
            .Record(new ExtensionGranted(Later, 1));

        Assert.Contains("allows no extension", course.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_AfterTheEndWasBreached_Rejected()
    {
        var course = Started().Record(new ExtensionGranted(At("2026-07-20T09:00:00+02:00"), 1));

        Assert.Contains("was breached", course.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectedEvent_AfterDueTimers_KeepsNoneOfTheTimerSteps()
    {
        var course = NotYetStarted();

        course.Record(new NoShow(At("2026-06-30T09:00:00+02:00")));

        Assert.IsType<Decision.Rejected>(course.LastDecision);
        Assert.Empty(course.State.Alerts);
    }

    [Fact]
    public void Extension_SoLargeThatTheWeeksInAllOverflow_Rejected()
    {
        var course = Started().Record(new ExtensionGranted(At("2026-05-06T09:00:00+02:00"), 1)).Record(new ExtensionGranted(Later, int.MaxValue));

        Assert.Equal(RejectionKind.NotAllowed, course.Rejection.Kind);
        Assert.Contains("at most 4 weeks", course.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StartNotBefore_InTheCalendarsLastYear_IsInvalidInput_ForItsDeadlinesWouldFallPastTheCalendar()
    {
        var decision = CourseDecider.Decide(
            CourseState.Initial,
            new CourseCommand.StartCourse(TestCatalog.Standard("norddjurs/sul140"), Referral.Plan(Later, D("2026-05-20"), D("2200-12-31"))),
            Later);

        var rejected = Assert.IsType<Decision.Rejected>(decision);
        Assert.Equal(RejectionKind.InvalidInput, rejected.Kind);
        Assert.Equal("startNotBefore", rejected.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Extension_OfNoWeeks_IsInvalidInput(int weeks) =>
        Assert.Equal(RejectionKind.InvalidInput, Started().Record(new ExtensionGranted(Later, weeks)).Rejection.Kind);

    [Fact]
    public void EventInTheFuture_IsInvalidInput()
    {
        var course = Started();

        var decision = CourseDecider.Decide(course.State, new CourseCommand.Record(new CitizenContacted(Later)), Later - Duration.FromMinutes(1));

        var rejected = Assert.IsType<Decision.Rejected>(decision);
        Assert.Equal(RejectionKind.InvalidInput, rejected.Kind);
        Assert.Contains("in the future", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EventBeforeTheLastEvent_IsInvalidInput()
    {
        var course = Started().Record(new CitizenContacted(At("2026-05-04T12:00:00+02:00")));

        Assert.Equal(RejectionKind.InvalidInput, course.Rejection.Kind);
        Assert.Contains("before the course's last event", course.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferForADateBeforeTheOffer_IsInvalidInput() =>
        Assert.Equal(
            RejectionKind.InvalidInput,
            CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00").Record(new StartOffered(At("2026-05-11T10:00:00+02:00"), D("2026-05-10"))).Rejection.Kind);

    [Theory]
    [InlineData("rebild/sul140", false)]
    [InlineData("rebild/sel86-1", true)]
    public void ReferralOfTheWrongKind_IsInvalidInput(string standard, bool plan)
    {
        var referral = plan ? Referral.Plan(Later, null) : Referral.Application(Later);

        var decision = CourseDecider.Decide(CourseState.Initial, new CourseCommand.StartCourse(TestCatalog.Standard(standard), referral), Later);

        Assert.Equal(RejectionKind.InvalidInput, Assert.IsType<Decision.Rejected>(decision).Kind);
    }

    [Fact]
    public void DischargeMoreThan90DaysAfterReceipt_IsInvalidInput()
    {
        var referral = Referral.Plan(At("2026-05-08T10:00:00+02:00"), D("2026-08-07"));

        var decision = CourseDecider.Decide(CourseState.Initial, new CourseCommand.StartCourse(TestCatalog.Standard("rebild/sul140"), referral), Later);

        var rejected = Assert.IsType<Decision.Rejected>(decision);
        Assert.Equal((RejectionCode.DischargeTooLate, RejectionKind.InvalidInput, "dischargeDate"), (rejected.Code, rejected.Kind, rejected.Field));
        Assert.Equal("dischargeDate 2026-08-07 lies more than 90 days after the plan was received (2026-05-08)", rejected.Reason);
    }

    [Fact]
    public void StartingTwice_IsRejected()
    {
        var course = Started();

        var decision = CourseDecider.Decide(course.State, new CourseCommand.StartCourse(TestCatalog.Standard("mariagerfjord/sel86-1"), Referral.Application(Later)), Later);

        Assert.Equal(RejectionKind.NotAllowed, Assert.IsType<Decision.Rejected>(decision).Kind);
    }
}
