using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md §§ 2 and 6: met, breached, met late; warnings and two levels of escalation.</summary>
public class EscalationTests
{
    // rebild/sel86-1 received Friday 27 March 2026: contact due Tuesday 31 March (worked example 1).
    private static CourseScript Received() => CourseScript.Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00");

    [Fact]
    public void ContactOnTheDueDate_Met_WarningRaisedTheDayBefore()
    {
        var course = Received().Record(new CitizenContacted(At("2026-03-31T15:00:00+02:00"))).AdvanceTo("2026-05-01T00:00:00+02:00");

        var contact = course.Deadline(DeadlineKind.Contact);
        Assert.Equal(DeadlineStatus.Met, contact.Status);
        Assert.Equal(At("2026-03-31T15:00:00+02:00"), contact.SatisfiedAt);
        Assert.Null(contact.BreachedAt);
        Assert.Equal([new Alert(DeadlineKind.Contact, 0, At("2026-03-30T00:00:00+02:00"))], course.State.Warnings);
        Assert.Empty(course.State.Escalations);
    }

    [Fact]
    public void ContactBeforeTheWarning_NoWarning()
    {
        var course = Received().Record(new CitizenContacted(At("2026-03-27T15:00:00+01:00"))).AdvanceTo("2026-05-01T00:00:00+02:00");

        Assert.Empty(course.State.Alerts);
    }

    [Fact]
    public void ContactAfterTheBreach_MetLate_Level1Only()
    {
        var course = Received().Record(new CitizenContacted(At("2026-04-01T09:00:00+02:00"))).AdvanceTo("2026-05-01T00:00:00+02:00");

        var contact = course.Deadline(DeadlineKind.Contact);
        Assert.Equal(DeadlineStatus.MetLate, contact.Status);
        Assert.Equal(At("2026-04-01T00:00:00+02:00"), contact.BreachedAt);
        Assert.Equal(At("2026-04-01T09:00:00+02:00"), contact.SatisfiedAt);
        Assert.Equal([new Alert(DeadlineKind.Contact, 1, At("2026-04-01T00:00:00+02:00"))], course.State.Escalations);
    }

    [Fact]
    public void EventAtTheBreachInstant_TimerFiresFirst_MetLate()
    {
        var course = Received().Record(new CitizenContacted(At("2026-04-01T00:00:00+02:00")));

        Assert.Equal(DeadlineStatus.MetLate, course.Deadline(DeadlineKind.Contact).Status);
    }

    [Fact]
    public void StillBreached_Level2AfterTwoWorkingDaysPastDue_AcrossEaster()
    {
        // Due Tuesday 31 March; working days after: Wednesday 1 April, Tuesday 7 April → level 2 on 8 April.
        var course = Received().AdvanceTo("2026-05-01T00:00:00+02:00");

        Assert.Equal(
            [new Alert(DeadlineKind.Contact, 1, At("2026-04-01T00:00:00+02:00")), new Alert(DeadlineKind.Contact, 2, At("2026-04-08T00:00:00+02:00"))],
            course.State.Escalations);
    }

    [Fact]
    public void MetLateBeforeLevel2_NoLevel2()
    {
        var course = Received().Record(new CitizenContacted(At("2026-04-07T16:00:00+02:00"))).AdvanceTo("2026-05-01T00:00:00+02:00");

        Assert.DoesNotContain(course.State.Escalations, e => e.Level == 2);
    }

    [Fact]
    public void Timers_AfterStart_WarningThenBreach()
    {
        var course = Received();

        Assert.Equal(
            [
                new CourseTimer(TimerKind.Warning, DeadlineKind.Contact, At("2026-03-30T00:00:00+02:00")),
                new CourseTimer(TimerKind.Breach, DeadlineKind.Contact, At("2026-04-01T00:00:00+02:00")),
            ],
            course.State.Timers);
    }

    [Fact]
    public void TimerSteps_AreDecidedAtTheirOwnDueInstants_HoweverLateTheWorker()
    {
        var stepByStep = Received()
            .AdvanceTo("2026-03-30T00:00:00+02:00")
            .AdvanceTo("2026-04-01T00:00:00+02:00")
            .AdvanceTo("2026-04-08T00:00:00+02:00");
        var oneLateStep = Received().AdvanceTo("2026-06-30T12:34:00+02:00");

        Assert.Equal(stepByStep.History, oneLateStep.History);
    }

    [Fact]
    public void Acknowledge_AnOpenEscalation_ClosesItWithTheComment_OnceOnly()
    {
        var course = Received().AdvanceTo("2026-04-02T09:00:00+02:00");
        var now = At("2026-04-02T09:00:00+02:00");
        var command = new CourseCommand.Acknowledge(DeadlineKind.Contact, 1, "Ringet, borgeren var bortrejst", "dev-rebild");

        var decision = Assert.IsType<Decision.Accepted>(CourseDecider.Decide(course.State, command, now));
        var after = decision.Events.Aggregate(course.State, CourseDecider.Evolve);
        var again = Assert.IsType<Decision.Rejected>(CourseDecider.Decide(after, command, now));

        Assert.Equal([new Alert(DeadlineKind.Contact, 0, At("2026-03-30T00:00:00+02:00"))], after.OpenAlerts);
        Assert.Equal(new Acknowledgement(now, "Ringet, borgeren var bortrejst", "dev-rebild"), after.Escalations.Single().Acknowledged);
        Assert.Equal(RejectionKind.NotAllowed, again.Kind);
    }

    [Theory]
    [InlineData(DeadlineKind.Contact, 2, "ok", RejectionKind.NotAllowed)]
    [InlineData(DeadlineKind.Start, 1, "ok", RejectionKind.NotAllowed)]
    [InlineData(DeadlineKind.Contact, 1, "  ", RejectionKind.InvalidInput)]
    public void Acknowledge_NothingToAcknowledgeOrNoComment_IsRejected(DeadlineKind kind, int level, string comment, RejectionKind expected)
    {
        var course = Received().AdvanceTo("2026-04-02T09:00:00+02:00");

        var decision = CourseDecider.Decide(course.State, new CourseCommand.Acknowledge(kind, level, comment, "dev-rebild"), At("2026-04-02T09:00:00+02:00"));

        Assert.Equal(expected, Assert.IsType<Decision.Rejected>(decision).Kind);
    }

    [Fact]
    public void FireDueTimers_TwiceForTheSameInstant_SecondTimeDoesNothing()
    {
        var course = Received().AdvanceTo("2026-04-01T00:00:00+02:00");

        var again = CourseDecider.Decide(course.State, new CourseCommand.FireDueTimers(), At("2026-04-01T00:00:00+02:00"));

        Assert.Empty(Assert.IsType<Decision.Accepted>(again).Events);
    }
}
