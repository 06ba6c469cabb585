using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md § 5: the statutory 7-day start guarantee of every sul140 standard.</summary>
public class StartGuaranteeTests
{
    /// <summary>RULES.md § 9: a plan sent before a planned discharge; the guarantee runs from the discharge, the receipt's deadlines from the receipt.</summary>
    [Fact]
    public void ExpectedDischarge_90DaysAfterReceipt_TheGuaranteeRunsFromIt_TheContactFromTheReceipt()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-08-06");

        Assert.Equal(D("2026-08-13"), course.Deadline(DeadlineKind.StartGuarantee).Due);
        Assert.Equal(DeadlineStatus.Pending, course.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Equal(D("2026-05-12"), course.Deadline(DeadlineKind.Contact).Due);
    }

    [Fact]
    public void ExpectedDischarge_AnOfferBeforeTheDischarge_MeetsTheGuarantee()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-06-01")
            .Record(new StartOffered(At("2026-05-20T10:00:00+02:00"), D("2026-06-03")))
            .AdvanceTo("2026-07-01T00:00:00+02:00");

        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Null(course.State.FreeChoice);
    }

    [Theory]
    [InlineData("rebild/sul140")]
    [InlineData("norddjurs/sul140")]
    public void OfferInTimeForADateInTime_MeetsTheGuarantee_NoFreeChoice(string standard)
    {
        var course = CourseScript.Plan(standard, "2026-05-08T10:00:00+02:00", discharge: "2026-05-07")
            .Record(new StartOffered(At("2026-05-11T10:00:00+02:00"), D("2026-05-14")))
            .AdvanceTo("2026-06-01T00:00:00+02:00");

        var guarantee = course.Deadline(DeadlineKind.StartGuarantee);
        Assert.Equal(D("2026-05-14"), guarantee.Due);
        Assert.Equal(DeadlineStatus.Met, guarantee.Status);
        Assert.Null(course.State.FreeChoiceTriggeredAt);
    }

    [Fact]
    public void OfferOnTheDueDateForTheDueDate_IsMet()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new StartOffered(At("2026-05-15T23:59:00+02:00"), D("2026-05-15")));

        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.StartGuarantee).Status);
    }

    [Fact]
    public void StartNotBeforeLaterThanDischarge_DueSevenDaysAfterIt()
    {
        var course = CourseScript.Plan("norddjurs/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08", startNotBefore: "2026-05-20");

        Assert.Equal(D("2026-05-27"), course.Deadline(DeadlineKind.StartGuarantee).Due);
        Assert.Equal(D("2026-05-27"), course.Deadline(DeadlineKind.Start).Due);
    }

    [Fact]
    public void PlanWithoutDischargeDate_RunsFromTheReceiptDate() =>
        Assert.Equal(D("2026-05-18"), CourseScript.Plan("rebild/sul140", "2026-05-11T08:00:00+02:00").Deadline(DeadlineKind.StartGuarantee).Due);

    [Fact]
    public void PlanReceivedAfterTheBreachInstant_BreachedAtReceiptWithFreeChoiceAndLevel1()
    {
        var receivedAt = At("2026-05-11T10:00:00+02:00");
        var course = CourseScript.Plan("rebild/sul140", "2026-05-11T10:00:00+02:00", discharge: "2026-05-01");

        var guarantee = course.Deadline(DeadlineKind.StartGuarantee);
        Assert.Equal(D("2026-05-08"), guarantee.Due);
        Assert.Equal(DeadlineStatus.Breached, guarantee.Status);
        Assert.Equal(receivedAt, guarantee.BreachedAt);
        Assert.Null(guarantee.WarningAt);
        Assert.Equal(receivedAt, course.State.FreeChoiceTriggeredAt);
        Assert.Contains(new Alert(DeadlineKind.StartGuarantee, 1, receivedAt), course.State.Escalations);
    }

    [Fact]
    public void WarningInstantPassedBeforeThePlanArrived_NoWarning()
    {
        // Discharged Monday 4 May, due Monday 11 May: the warning (Friday 8 May 00:00) passed before receipt.
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-04")
            .AdvanceTo("2026-05-11T12:00:00+02:00");

        Assert.Null(course.Deadline(DeadlineKind.StartGuarantee).WarningAt);
        Assert.DoesNotContain(course.State.Warnings, w => w.Kind == DeadlineKind.StartGuarantee);
    }

    [Theory]
    [InlineData(OccurrenceType.StartOfferDeclined)]
    [InlineData(OccurrenceType.CitizenMissedResponseDeadline)]
    public void WaiverBeforeTheBreach_WaivesTheGuarantee_NoFreeChoice(OccurrenceType waiver)
    {
        var at = At("2026-05-12T10:00:00+02:00");
        Occurrence occurrence = waiver == OccurrenceType.StartOfferDeclined ? new StartOfferDeclined(at) : new CitizenMissedResponseDeadline(at);
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(occurrence)
            .AdvanceTo("2026-06-01T00:00:00+02:00");

        Assert.Equal(DeadlineStatus.Waived, course.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Null(course.State.FreeChoiceTriggeredAt);
        Assert.Equal(DeadlineStatus.Breached, course.Deadline(DeadlineKind.Start).Status);
        Assert.DoesNotContain(course.State.Escalations, e => e.Kind == DeadlineKind.StartGuarantee);
    }

    [Fact]
    public void WaiverAfterTheBreach_ChangesNothing()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new StartOfferDeclined(At("2026-05-17T10:00:00+02:00")));

        Assert.Equal(DeadlineStatus.Breached, course.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Equal(At("2026-05-16T00:00:00+02:00"), course.State.FreeChoiceTriggeredAt);
    }

    [Fact]
    public void OfferAfterTheBreach_MetLate_FreeChoiceStaysAtTheBreach_NoLevel2()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new StartOffered(At("2026-05-18T09:00:00+02:00"), D("2026-05-19")))
            .AdvanceTo("2026-06-01T00:00:00+02:00");

        var guarantee = course.Deadline(DeadlineKind.StartGuarantee);
        Assert.Equal(DeadlineStatus.MetLate, guarantee.Status);
        Assert.Equal(At("2026-05-16T00:00:00+02:00"), guarantee.BreachedAt);
        Assert.Equal(At("2026-05-18T09:00:00+02:00"), guarantee.SatisfiedAt);
        Assert.Equal(At("2026-05-16T00:00:00+02:00"), course.State.FreeChoiceTriggeredAt);
        Assert.DoesNotContain(course.State.Escalations, e => e.Kind == DeadlineKind.StartGuarantee && e.Level == 2);
    }

    [Fact]
    public void FreeChoiceExercised_AfterTrigger_EndsTransferred()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .AdvanceTo("2026-05-17T00:00:00+02:00")
            .Record(new ExtendedFreeChoiceExercised(At("2026-05-18T10:00:00+02:00"), "kl-fv-0001"));

        Assert.Equal(CourseOutcome.Transferred, course.State.Outcome);
        Assert.All(course.State.Deadlines, d => Assert.NotEqual(DeadlineStatus.Pending, d.Status));
    }

    [Fact]
    public void TrainingStarted_DoesNotSatisfyAStartThatOnlyAnOfferSatisfies()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new TrainingStarted(At("2026-05-11T10:00:00+02:00")));

        Assert.Equal(DeadlineStatus.Pending, course.Deadline(DeadlineKind.Start).Status);
        Assert.Equal(DeadlineStatus.Pending, course.Deadline(DeadlineKind.StartGuarantee).Status);
    }
}
