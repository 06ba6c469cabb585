using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md § 9 and worked examples 5 and 8: a plan corrected, cancelled or misdirected.</summary>
public class PlanLifeTests
{
    private static PlanCorrected Correction(string at, string? discharge, string? startNotBefore = null, PlanType? type = null, TrainingLevel? level = null) =>
        new(At(at), discharge is null ? null : D(discharge), startNotBefore is null ? null : D(startNotBefore), type, level);

    // Worked example 5: received Friday 8 May 10:00 with expected discharge Tuesday 12 May.
    private static CourseScript Example5() => CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-12");

    [Fact]
    public void Example5_ExpectedDischarge_GuaranteeRunsFromIt_ContactFromTheReceipt()
    {
        var course = Example5();

        Assert.Equal(D("2026-05-19"), course.Deadline(DeadlineKind.StartGuarantee).Due);
        Assert.Equal(D("2026-05-12"), course.Deadline(DeadlineKind.Contact).Due);
    }

    [Fact]
    public void Example5_CorrectedToThe15th_GuaranteeDueThe22nd_BreachedThe23rd_FreeChoiceThen()
    {
        var corrected = Example5().Record(Correction("2026-05-13T09:00:00+02:00", "2026-05-15"));

        var guarantee = corrected.Deadline(DeadlineKind.StartGuarantee);
        Assert.Equal(D("2026-05-22"), guarantee.Due);
        Assert.Equal(DeadlineStatus.Pending, guarantee.Status);
        Assert.Equal(D("2026-05-15"), corrected.State.Referral!.DischargeDate);
        Assert.Equal(D("2026-05-12"), corrected.State.ReceivedReferral!.DischargeDate);
        Assert.Equal(D("2026-05-12"), corrected.Deadline(DeadlineKind.Contact).Due); // anchored on the receipt: stays

        var later = corrected.AdvanceTo("2026-05-25T00:00:00+02:00");
        Assert.Equal(At("2026-05-23T00:00:00+02:00"), later.Deadline(DeadlineKind.StartGuarantee).BreachedAt);
        Assert.Equal(At("2026-05-23T00:00:00+02:00"), later.State.FreeChoiceTriggeredAt);
        Assert.Contains(new Alert(DeadlineKind.StartGuarantee, 0, At("2026-05-21T00:00:00+02:00")), later.State.Warnings);
    }

    [Fact]
    public void Example8_ACorrectionAfterTheBreach_NeverTakesItBack()
    {
        // Example 3's course: discharged and received 8 May, free choice triggered 16 May 00:00; corrected on 18 May to discharge 14 May.
        var breached = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08").AdvanceTo("2026-05-18T09:00:00+02:00");

        var corrected = breached.Record(Correction("2026-05-18T10:00:00+02:00", "2026-05-14"));

        Assert.IsType<Decision.Accepted>(corrected.LastDecision);
        Assert.Equal(DeadlineStatus.Breached, corrected.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Equal(D("2026-05-15"), corrected.Deadline(DeadlineKind.StartGuarantee).Due);
        Assert.Equal(At("2026-05-16T00:00:00+02:00"), corrected.State.FreeChoiceTriggeredAt);
    }

    [Fact]
    public void ACorrectionWhoseNewBreachInstantHasPassed_BreachesAtTheCorrection_AndTriggersTheFreeChoiceThen()
    {
        // Received 8 May with expected discharge 20 May; on 14 May corrected: discharged 5 May, so the guarantee was due 12 May.
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-20")
            .Record(Correction("2026-05-14T11:00:00+02:00", "2026-05-05"));

        var guarantee = course.Deadline(DeadlineKind.StartGuarantee);
        Assert.Equal(D("2026-05-12"), guarantee.Due);
        Assert.Equal(At("2026-05-14T11:00:00+02:00"), guarantee.BreachedAt);
        Assert.Equal(At("2026-05-14T11:00:00+02:00"), course.State.FreeChoiceTriggeredAt);
    }

    [Fact]
    public void ACorrection_ReplacesEveryFieldOfThePlan_OneLeftOutIsAbsent()
    {
        var course = CourseScript.Start("rebild/sul140", Referral.Plan(At("2026-05-08T10:00:00+02:00"), D("2026-05-12"), D("2026-05-14"), PlanType.Almen, TrainingLevel.Basal))
            .Record(Correction("2026-05-09T10:00:00+02:00", "2026-05-13", type: PlanType.Specialiseret));

        Assert.Equal(
            Referral.Plan(At("2026-05-08T10:00:00+02:00"), D("2026-05-13"), null, PlanType.Specialiseret, null),
            course.State.Referral);
        Assert.Equal(D("2026-05-20"), course.Deadline(DeadlineKind.StartGuarantee).Due); // from the discharge now that startNotBefore is gone
    }

    [Fact]
    public void ACorrectionTooFarAhead_IsRefusedNamingTheField()
    {
        var course = Example5().Record(Correction("2026-05-09T10:00:00+02:00", "2026-08-07"));

        Assert.Equal((RejectionCode.DischargeTooLate, "dischargeDate"), (course.Rejection.Code, course.Rejection.Field));
    }

    [Fact]
    public void Cancelled_EndsWithdrawn_PendingDeadlinesCancelled_AndCountsInNoTarget()
    {
        var course = Example5().Record(new PlanCancelled(At("2026-05-10T10:00:00+02:00"), "Borgeren er død"));

        Assert.Equal(CourseOutcome.Withdrawn, course.State.Outcome);
        Assert.All(course.State.Deadlines, d => Assert.Equal(DeadlineStatus.Cancelled, d.Status));
        Assert.True(CourseFacts.Of(course.State).NotCounted);
        Assert.Empty(QualityReport.Compute([course.State]));
    }

    [Fact]
    public void Misdirected_EndsMisdirected_AndCountsInNoTarget()
    {
        var course = Example5().Record(new PlanMisdirected(At("2026-05-10T10:00:00+02:00")));

        Assert.Equal(CourseOutcome.Misdirected, course.State.Outcome);
        Assert.True(CourseFacts.Of(course.State).NotCounted);
    }

    [Fact]
    public void AfterTheCourseEnded_ACorrectionOrCancellation_IsRefused()
    {
        var ended = Example5().Record(new PlanCancelled(At("2026-05-10T10:00:00+02:00"), null));

        Assert.Equal(RejectionCode.Ended, ended.Record(Correction("2026-05-11T10:00:00+02:00", "2026-05-15")).Rejection.Code);
        Assert.Equal(RejectionCode.Ended, ended.Record(new PlanCancelled(At("2026-05-11T10:00:00+02:00"), null)).Rejection.Code);
    }

    [Theory]
    [InlineData("PlanCorrected")]
    [InlineData("PlanCancelled")]
    [InlineData("PlanMisdirected")]
    public void OnACourseFromAnApplication_IsRefused(string type)
    {
        var at = At("2026-03-30T10:00:00+02:00");
        Occurrence occurrence = type switch
        {
            "PlanCorrected" => new PlanCorrected(at, null, null, null, null),
            "PlanCancelled" => new PlanCancelled(at, null),
            _ => new PlanMisdirected(at),
        };

        var course = CourseScript.Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00").Record(occurrence);

        Assert.Equal(RejectionCode.NotFromAPlan, course.Rejection.Code);
    }

    [Fact]
    public void ACorrectionAndTheCoursesOwnTimer_TheTimerDueBeforeItFiresFirst()
    {
        // Due 19 May, breached 20 May 00:00; a correction sent at 20 May 00:00 exactly finds the guarantee breached.
        var course = Example5().Record(Correction("2026-05-20T00:00:00+02:00", "2026-05-15"));

        Assert.Equal(DeadlineStatus.Breached, course.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Equal(At("2026-05-20T00:00:00+02:00"), course.State.FreeChoiceTriggeredAt);
        Assert.Equal(D("2026-05-19"), course.Deadline(DeadlineKind.StartGuarantee).Due);
    }
}
