using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md § 8 and the example of contracts/simulate.md.</summary>
public class WorkedExamplesTests
{
    [Fact]
    public void Example1_ContactTwoWorkingDaysAfterFriday_DueTuesdayBreachedWednesdayMidnight()
    {
        var course = CourseScript.Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00").AdvanceTo("2026-04-01T00:00:00+02:00");

        var contact = course.Deadline(DeadlineKind.Contact);
        Assert.Equal(D("2026-03-31"), contact.Due);
        Assert.Equal(DeadlineStatus.Breached, contact.Status);
        Assert.Equal(At("2026-04-01T00:00:00+02:00"), contact.BreachedAt);
    }

    [Fact]
    public void Example2_VisitatedBeforeEaster_ProviderContactDueTuesdayAfter2Paaskedag()
    {
        var course = CourseScript.Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00")
            .Record(new Visitated(At("2026-03-31T11:00:00+02:00"), Granted: true, TrainingLevel.Basal));

        Assert.Equal(D("2026-04-07"), course.Deadline(DeadlineKind.ProviderContact).Due);
    }

    [Fact]
    public void Example3_NoOffer_StartGuaranteeBreachedFreeChoiceAndLevel2OnThe20th()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .AdvanceTo("2026-06-01T00:00:00+02:00");

        var guarantee = course.Deadline(DeadlineKind.StartGuarantee);
        Assert.Equal(D("2026-05-15"), guarantee.Due);
        Assert.Equal(DeadlineStatus.Breached, guarantee.Status);
        Assert.Equal(At("2026-05-16T00:00:00+02:00"), guarantee.BreachedAt);
        Assert.Equal(At("2026-05-16T00:00:00+02:00"), course.State.FreeChoiceTriggeredAt);
        Assert.Contains(new Alert(DeadlineKind.StartGuarantee, 2, At("2026-05-20T00:00:00+02:00")), course.State.Escalations);
    }

    [Fact]
    public void Example4_TrainingStarted31January_EndClampedTo30AprilMidwayDue14March()
    {
        var course = CourseScript.Application("kommune-004/sel86-1", "2026-01-05T09:00:00+01:00")
            .Record(new TrainingStarted(At("2026-01-31T10:00:00+01:00")));

        Assert.Equal(D("2026-04-30"), course.Deadline(DeadlineKind.End).Due);
        Assert.Equal(D("2026-03-14"), course.Deadline(DeadlineKind.MidwayEvaluation).Due);
    }

    [Fact]
    public void ContractExample_OfferForADateAfterTheDueDate_BreachesStartAndGuaranteeAtTheOffer()
    {
        var offerAt = At("2026-05-12T13:00:00+02:00");
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .Record(new CitizenContacted(At("2026-05-11T09:30:00+02:00")))
            .Record(new StartOffered(offerAt, D("2026-05-18")))
            .AdvanceTo("2026-08-01T00:00:00+02:00");

        Assert.Null(course.State.Outcome);
        Assert.Equal(
            [
                (DeadlineKind.Contact, D("2026-05-12"), DeadlineStatus.Met, (NodaTime.Instant?)At("2026-05-11T09:30:00+02:00"), (NodaTime.Instant?)null),
                (DeadlineKind.Start, D("2026-05-15"), DeadlineStatus.MetLate, offerAt, offerAt),
                (DeadlineKind.StartGuarantee, D("2026-05-15"), DeadlineStatus.MetLate, offerAt, offerAt),

                // RULES.md § 10: the free choice triggered at the offer must be told the citizen by the next working day
                // (Wednesday 13 May); nobody records it, so it is breached and, still breached two working days later
                // (Thursday 14 May is Kristi Himmelfartsdag: Friday 15 and Monday 18), escalated to level 2 on 19 May.
                (DeadlineKind.FreeChoiceNotice, D("2026-05-13"), DeadlineStatus.Breached, null, At("2026-05-14T00:00:00+02:00")),
            ],
            course.State.Deadlines.Select(d => (d.Kind, d.Due, d.Status, d.SatisfiedAt, d.BreachedAt)));
        Assert.Equal(offerAt, course.State.FreeChoiceTriggeredAt);
        Assert.Equal([new Alert(DeadlineKind.Contact, 0, At("2026-05-11T00:00:00+02:00"))], course.State.Warnings);
        Assert.Equal(
            [
                new Alert(DeadlineKind.Start, 1, offerAt), new Alert(DeadlineKind.StartGuarantee, 1, offerAt),
                new Alert(DeadlineKind.FreeChoiceNotice, 1, At("2026-05-14T00:00:00+02:00")), new Alert(DeadlineKind.FreeChoiceNotice, 2, At("2026-05-19T00:00:00+02:00")),
            ],
            course.State.Escalations);
    }
}
