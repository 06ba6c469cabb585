using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md § 4: what each event does to a course, from visitation to its end.</summary>
public class CourseLifeTests
{
    [Fact]
    public void VisitationRefused_DecisionMet_CourseRejected()
    {
        var course = CourseScript.Application("norddjurs/sel86", "2026-05-04T09:00:00+02:00")
            .Record(new Visitated(At("2026-05-10T09:00:00+02:00"), Granted: false, Level: null));

        Assert.Equal(CourseOutcome.Rejected, course.State.Outcome);
        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.Decision).Status);
        Assert.Empty(course.State.Timers);
    }

    [Fact]
    public void VisitationGranted_OpensTheDeadlinesThatRunFromIt()
    {
        var course = CourseScript.Application("kommune-004/sel86-1", "2026-05-04T09:00:00+02:00")
            .Record(new Visitated(At("2026-05-06T09:00:00+02:00"), Granted: true, TrainingLevel.Basal));

        // 10 working days after Wednesday 6 May 2026, skipping Kristi Himmelfartsdag (14 May).
        Assert.Equal(D("2026-05-21"), course.Deadline(DeadlineKind.Start).Due);
        Assert.Null(course.State.Deadline(DeadlineKind.End));
    }

    [Fact]
    public void MariagerfjordChain_VisitationExaminationStart_EachAnchorsTheNext()
    {
        var course = CourseScript.Application("mariagerfjord/sel86-1", "2026-03-02T09:00:00+01:00")
            .Record(new CitizenContacted(At("2026-03-03T09:00:00+01:00")))
            .Record(new Visitated(At("2026-03-04T09:00:00+01:00"), true, TrainingLevel.Basal))
            .Record(new InitialExaminationHeld(At("2026-03-10T09:00:00+01:00")))
            .Record(new TrainingStarted(At("2026-03-20T09:00:00+01:00")));

        Assert.Equal(
            [
                (DeadlineKind.Contact, D("2026-03-09"), DeadlineStatus.Met),
                (DeadlineKind.InitialExamination, D("2026-03-18"), DeadlineStatus.Met),
                (DeadlineKind.Start, D("2026-03-24"), DeadlineStatus.Met),
                (DeadlineKind.End, D("2026-05-15"), DeadlineStatus.Pending),
            ],
            course.State.Deadlines.Select(d => (d.Kind, d.Due, d.Status)));
    }

    [Fact]
    public void SatisfiedBeforeItsAnchor_MetAtOnce()
    {
        var course = CourseScript.Application("mariagerfjord/sel86-1", "2026-03-02T09:00:00+01:00")
            .Record(new InitialExaminationHeld(At("2026-03-03T09:00:00+01:00")))
            .Record(new Visitated(At("2026-03-04T09:00:00+01:00"), true, TrainingLevel.Basal));

        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.InitialExamination).Status);
    }

    [Theory]
    [InlineData("rebild/sul140", 2)]
    [InlineData("norddjurs/sul140", 3)]
    public void NoShows_AtTheLimit_EndTheCourse(string standard, int limit)
    {
        var course = CourseScript.Plan(standard, "2026-05-04T09:00:00+02:00", discharge: "2026-05-04")
            .Record(new TrainingStarted(At("2026-05-05T09:00:00+02:00")));
        for (var i = 1; i < limit; i++)
        {
            course.Record(new NoShow(At($"2026-05-{5 + i:00}T09:00:00+02:00")));
            Assert.Null(course.State.Outcome);
        }

        course.Record(new NoShow(At($"2026-05-{5 + limit:00}T09:00:00+02:00")));

        Assert.Equal(CourseOutcome.NoShows, course.State.Outcome);
    }

    [Fact]
    public void NoShows_WithoutALimit_OnlyCount()
    {
        var course = CourseScript.Application("kommune-002/sel86-1", "2026-05-04T09:00:00+02:00")
            .Record(new TrainingStarted(At("2026-05-05T09:00:00+02:00")));
        for (var day = 6; day < 16; day++)
        {
            course.Record(new NoShow(At($"2026-05-{day:00}T09:00:00+02:00")));
        }

        Assert.Null(course.State.Outcome);
        Assert.Equal(10, course.State.NoShows);
    }

    [Fact]
    public void Completed_EndMet_PendingCancelled_BreachedStaysBreached()
    {
        var course = CourseScript.Application("kommune-004/sel86-1", "2026-01-05T09:00:00+01:00")
            .AdvanceTo("2026-02-01T00:00:00+01:00")
            .Record(new TrainingStarted(At("2026-02-02T10:00:00+01:00")))
            .Record(new CourseCompleted(At("2026-03-02T10:00:00+01:00"), GoalsAttained: true, "Motionscenter"));

        Assert.Equal(CourseOutcome.Completed, course.State.Outcome);
        Assert.Equal(DeadlineStatus.Breached, course.Deadline(DeadlineKind.Contact).Status);
        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.End).Status);
        Assert.Equal(DeadlineStatus.Cancelled, course.Deadline(DeadlineKind.MidwayEvaluation).Status);
    }

    [Fact]
    public void Cancelled_EveryPendingDeadlineCancelled_NothingMoreRaised()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new CourseCancelled(At("2026-05-09T10:00:00+02:00"), "Borgeren er flyttet"));
        var historyAtEnd = course.History.Count;

        course.AdvanceTo("2026-12-31T00:00:00+01:00");

        Assert.Equal(CourseOutcome.Cancelled, course.State.Outcome);
        Assert.All(course.State.Deadlines, d => Assert.Equal(DeadlineStatus.Cancelled, d.Status));
        Assert.Equal(historyAtEnd, course.History.Count);
        Assert.Null(course.State.FreeChoiceTriggeredAt);
    }

    [Fact]
    public void Extension_MovesTheEndDeadline_UpToTheMaximum()
    {
        var course = CourseScript.Application("mariagerfjord/sel86-1", "2026-03-02T09:00:00+01:00")
            .Record(new TrainingStarted(At("2026-03-20T09:00:00+01:00")))
            .Record(new ExtensionGranted(At("2026-05-01T09:00:00+02:00"), 2))
            .Record(new ExtensionGranted(At("2026-05-20T09:00:00+02:00"), 2));

        var end = course.Deadline(DeadlineKind.End);
        Assert.Equal(D("2026-06-12"), end.Due);
        Assert.Equal(4, end.ExtendedWeeks);
        Assert.Equal(At("2026-06-13T00:00:00+02:00"), end.BreachAt);

        course.Record(new ExtensionGranted(At("2026-06-01T09:00:00+02:00"), 1));
        Assert.Contains("at most 4 weeks", course.Rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(D("2026-06-12"), course.Deadline(DeadlineKind.End).Due);
    }

    [Fact]
    public void Extension_RaisesTheWarningAgainBeforeTheNewDueDate()
    {
        var course = CourseScript.Application("mariagerfjord/sel86-1", "2026-03-02T09:00:00+01:00")
            .Record(new TrainingStarted(At("2026-03-20T09:00:00+01:00")))
            .AdvanceTo("2026-05-14T12:00:00+02:00")
            .Record(new ExtensionGranted(At("2026-05-14T13:00:00+02:00"), 1))
            .AdvanceTo("2026-05-22T12:00:00+02:00");

        Assert.Equal(
            [At("2026-05-13T00:00:00+02:00"), At("2026-05-21T00:00:00+02:00")],
            course.State.Warnings.Where(w => w.Kind == DeadlineKind.End).Select(w => w.At));
    }
}
