using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>The extended free choice's one home: triggered, the citizen informed (with a channel), exercised; old histories still read as informed.</summary>
public class FreeChoiceTests
{
    /// <summary>Received after the guarantee's breach instant: free choice at receipt, its breach escalated at level 1.</summary>
    private static CourseScript Triggered() => CourseScript.Plan("rebild/sul140", "2026-05-11T10:00:00+02:00", discharge: "2026-05-01");

    [Fact]
    public void Breach_TriggersTheFreeChoice_ByTheStartGuarantee()
    {
        var freeChoice = Triggered().State.FreeChoice;

        Assert.Equal(new FreeChoice(At("2026-05-11T10:00:00+02:00"), DeadlineKind.StartGuarantee), freeChoice);
        Assert.False(freeChoice!.IsInformed);
    }

    [Fact]
    public void CitizenInformed_RecordsWhenAndHow_AndSettlesTheBreachsEscalation()
    {
        var course = Triggered().Record(new CitizenInformedOfFreeChoice(At("2026-05-11T14:00:00+02:00"), InformationChannel.Phone));

        Assert.Equal(At("2026-05-11T14:00:00+02:00"), course.State.FreeChoice!.InformedAt);
        Assert.Equal(InformationChannel.Phone, course.State.FreeChoice.Channel);
        Assert.DoesNotContain(course.State.OpenAlerts, a => a.Kind == DeadlineKind.StartGuarantee && a.Level == 1);
        Assert.Contains(course.State.Escalations, a => a.Kind == DeadlineKind.StartGuarantee && a.Level == 1);
    }

    [Fact]
    public void SettledBreach_AcknowledgedAfterwards_IsRefusedAsAlreadyAcknowledged()
    {
        var course = Triggered().Record(new CitizenInformedOfFreeChoice(At("2026-05-11T14:00:00+02:00"), InformationChannel.Letter));

        course.Acknowledge(DeadlineKind.StartGuarantee, 1, "ok", "2026-05-11T15:00:00+02:00");

        Assert.Equal(RejectionCode.AlreadyAcknowledged, course.Rejection.Code);
    }

    [Fact]
    public void CitizenInformed_WithoutAFreeChoice_IsRefused()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new CitizenInformedOfFreeChoice(At("2026-05-08T11:00:00+02:00"), InformationChannel.DigitalPost));

        Assert.Equal(RejectionCode.FreeChoiceNotTriggered, course.Rejection.Code);
        Assert.Equal(RejectionKind.NotAllowed, course.Rejection.Kind);
        Assert.Null(course.State.FreeChoice);
    }

    [Fact]
    public void OldHistory_TheBreachAcknowledgedWithTheInformedComment_ReadsAsInformedWithoutChannel()
    {
        var course = Triggered().Acknowledge(DeadlineKind.StartGuarantee, 1, FreeChoice.InformedCommentOfOldHistories, "2026-05-11T14:00:00+02:00");

        Assert.Equal(At("2026-05-11T14:00:00+02:00"), course.State.FreeChoice!.InformedAt);
        Assert.Null(course.State.FreeChoice.Channel);
    }

    [Fact]
    public void TheBreachAcknowledgedWithAnotherComment_IsNotInformed()
    {
        var course = Triggered().Acknowledge(DeadlineKind.StartGuarantee, 1, "Ringet, ingen svar", "2026-05-11T14:00:00+02:00");

        Assert.False(course.State.FreeChoice!.IsInformed);
    }

    [Fact]
    public void Exercised_RecordsTheProvider_AndEndsTheCourseTransferred()
    {
        var course = Triggered().Record(new ExtendedFreeChoiceExercised(At("2026-05-12T09:00:00+02:00"), "kl-fv-0002"));

        Assert.Equal(At("2026-05-12T09:00:00+02:00"), course.State.FreeChoice!.ExercisedAt);
        Assert.Equal("kl-fv-0002", course.State.FreeChoice.Provider);
        Assert.Equal(CourseOutcome.Transferred, course.State.Outcome);
    }
}
