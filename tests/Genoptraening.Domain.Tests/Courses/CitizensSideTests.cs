using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>RULES.md § 10 and worked examples 6 and 7: the citizen's reply deadline, the free-choice notice, declined, another municipality.</summary>
public class CitizensSideTests
{
    // Discharged and received Friday 8 May 2026 10:00: the guarantee is due 15 May, breached 16 May 00:00.
    private static CourseScript Plan() => CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08");

    [Fact]
    public void Example7_TheReplyDeadlineMissed_WaivesTheGuarantee_NoFreeChoice_NoNotice_NoAlert()
    {
        var course = Plan()
            .Record(new CitizenContacted(At("2026-05-11T09:30:00+02:00"), D("2026-05-12")))
            .AdvanceTo("2026-06-01T00:00:00+02:00");

        var reply = course.Deadline(DeadlineKind.CitizenReply);
        Assert.Equal((D("2026-05-12"), DeadlineStatus.Breached), (reply.Due, reply.Status));
        Assert.Equal(At("2026-05-13T00:00:00+02:00"), reply.BreachedAt);
        Assert.Equal(DeadlineStatus.Waived, course.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Null(course.State.FreeChoice);
        Assert.Null(course.State.Deadline(DeadlineKind.FreeChoiceNotice));
        Assert.DoesNotContain(course.State.Alerts, a => a.Kind == DeadlineKind.CitizenReply);
    }

    [Fact]
    public void TheCitizenRepliesInTime_TheReplyDeadlineIsMet_AndTheGuaranteeStands()
    {
        var course = Plan()
            .Record(new CitizenContacted(At("2026-05-11T09:30:00+02:00"), D("2026-05-12")))
            .Record(new CitizenReplied(At("2026-05-12T15:00:00+02:00")))
            .AdvanceTo("2026-05-14T00:00:00+02:00");

        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.CitizenReply).Status);
        Assert.Equal(DeadlineStatus.Pending, course.Deadline(DeadlineKind.StartGuarantee).Status);
    }

    [Fact]
    public void AReplyAfterTheDeadline_IsMetLate_AndDoesNotRestoreTheGuarantee()
    {
        var course = Plan()
            .Record(new CitizenContacted(At("2026-05-11T09:30:00+02:00"), D("2026-05-12")))
            .Record(new CitizenReplied(At("2026-05-13T10:00:00+02:00")));

        Assert.Equal(DeadlineStatus.MetLate, course.Deadline(DeadlineKind.CitizenReply).Status);
        Assert.Equal(DeadlineStatus.Waived, course.Deadline(DeadlineKind.StartGuarantee).Status);
    }

    [Fact]
    public void AReplyDateBeforeTheContactsOwnDay_IsRefusedNamingTheField()
    {
        var course = Plan().Record(new CitizenContacted(At("2026-05-11T09:30:00+02:00"), D("2026-05-10")));

        Assert.Equal((RejectionCode.ReplyByBeforeContact, "replyBy"), (course.Rejection.Code, course.Rejection.Field));
    }

    [Fact]
    public void Example6_FreeChoiceTriggeredWednesday_TheNoticeIsDueThursday_BreachedFriday()
    {
        // Worked example 5's plan, not corrected, no offer: expected discharge Tuesday 12 May, the guarantee due 19 May.
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-12").AdvanceTo("2026-05-25T00:00:00+02:00");

        Assert.Equal(At("2026-05-20T00:00:00+02:00"), course.State.FreeChoiceTriggeredAt);
        var notice = course.Deadline(DeadlineKind.FreeChoiceNotice);
        Assert.Equal((D("2026-05-21"), DeadlineStatus.Breached), (notice.Due, notice.Status));
        Assert.Equal(At("2026-05-22T00:00:00+02:00"), notice.BreachedAt);
        Assert.Contains(new Alert(DeadlineKind.FreeChoiceNotice, 1, At("2026-05-22T00:00:00+02:00")), course.State.Escalations);
    }

    [Fact]
    public void TheCitizenInformedByTheNextWorkingDay_MeetsTheNotice_AndSettlesTheBreachsAlert()
    {
        var course = CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-12")
            .AdvanceTo("2026-05-20T08:00:00+02:00")
            .Record(new CitizenInformedOfFreeChoice(At("2026-05-21T11:00:00+02:00"), InformationChannel.DigitalPost))
            .AdvanceTo("2026-05-25T00:00:00+02:00");

        Assert.Equal(DeadlineStatus.Met, course.Deadline(DeadlineKind.FreeChoiceNotice).Status);
        Assert.DoesNotContain(course.State.OpenAlerts, a => a.Kind is DeadlineKind.FreeChoiceNotice || (a.Kind == DeadlineKind.StartGuarantee && a.Level == 1));
    }

    [Fact]
    public void FreeChoiceDeclined_IsRecorded_AndTheCourseGoesOn_RefusedBeforeTheTrigger()
    {
        var early = Plan().Record(new FreeChoiceDeclined(At("2026-05-11T10:00:00+02:00")));
        Assert.Equal(RejectionCode.FreeChoiceNotTriggered, early.Rejection.Code);

        var declined = Plan().AdvanceTo("2026-05-18T09:00:00+02:00").Record(new FreeChoiceDeclined(At("2026-05-18T10:00:00+02:00")));

        Assert.Equal(At("2026-05-18T10:00:00+02:00"), declined.State.FreeChoice!.DeclinedAt);
        Assert.Null(declined.State.Outcome);
    }

    [Fact]
    public void TransferredToOtherMunicipality_EndsTheCourse_OtherMunicipality()
    {
        var course = Plan().Record(new TransferredToOtherMunicipality(At("2026-05-11T10:00:00+02:00"), "Aalborg"));

        Assert.Equal(CourseOutcome.OtherMunicipality, course.State.Outcome);
        Assert.All(course.State.Deadlines, d => Assert.Equal(DeadlineStatus.Cancelled, d.Status));
    }

    [Theory]
    [InlineData("kl-fv-0001", null, null)]
    [InlineData("kl-fv-0003", "basal", "ProviderLacksLevel")]
    [InlineData("kl-fv-0002", "basal", null)]
    [InlineData("Privat klinik", null, "ProviderNotOnList")]
    public void TheProviderChosen_MustBeOnTheFreeChoiceList_AndOfferThePlansLevel(string provider, string? level, string? refusal)
    {
        var referral = Referral.Plan(At("2026-05-08T10:00:00+02:00"), D("2026-05-08"), null, null, level is null ? null : WireNames.TrainingLevels.Parse(level));
        var course = CourseScript.Start("rebild/sul140", referral).AdvanceTo("2026-05-18T09:00:00+02:00")
            .Record(new ExtendedFreeChoiceExercised(At("2026-05-18T10:00:00+02:00"), provider));

        if (refusal is null)
        {
            Assert.Equal(CourseOutcome.Transferred, course.State.Outcome);
        }
        else
        {
            Assert.Equal((refusal, "provider"), (course.Rejection.Code.ToString(), course.Rejection.Field));
        }
    }

    [Fact]
    public void TheReport_CountsTheFreeChoiceChosenDeclined_AndOtherMunicipalities()
    {
        var triggered = Plan().AdvanceTo("2026-05-18T09:00:00+02:00");
        var chosen = triggered.Record(new ExtendedFreeChoiceExercised(At("2026-05-18T10:00:00+02:00"), "kl-fv-0001"));
        var declined = Plan().AdvanceTo("2026-05-18T09:00:00+02:00").Record(new FreeChoiceDeclined(At("2026-05-18T10:00:00+02:00")));
        var elsewhere = Plan().Record(new TransferredToOtherMunicipality(At("2026-05-11T10:00:00+02:00"), "Aalborg"));

        var figures = Assert.Single(Domain.Reports.QualityReport.Compute([chosen.State, declined.State, elsewhere.State]));

        Assert.Equal((2, 1, 1, 1), (figures.FreeChoiceTriggers, figures.FreeChoiceExercised, figures.FreeChoiceDeclined, figures.OtherMunicipality));
    }

    [Theory]
    [InlineData("rebild/sel86-1", "rebild-gt-stoevring", null)]
    [InlineData("rebild/sel86-1", null, null)]
    [InlineData("rebild/sel86-1", "norddjurs-tc-auning", "ProviderNotApproved")]
    [InlineData("rebild/sel86-1", "kl-fv-0001", "ProviderNotApproved")]
    [InlineData("kommune-004/sel86-1", "Træningsklinikken", null)]
    public void TheProviderContacted_IsOneOfTheMunicipalitysOwn_WhenItsCatalogListsThem(string standard, string? provider, string? refusal)
    {
        var course = CourseScript.Application(standard, "2026-09-01T09:00:00+02:00")
            .Record(new Visitated(At("2026-09-02T10:00:00+02:00"), true, null))
            .Record(new ProviderContacted(At("2026-09-03T10:00:00+02:00"), provider));

        if (refusal is null)
        {
            Assert.Contains(new ProviderContacted(At("2026-09-03T10:00:00+02:00"), provider), course.State.Occurrences);
        }
        else
        {
            Assert.Equal((refusal, "provider"), (course.Rejection.Code.ToString(), course.Rejection.Field));
            Assert.DoesNotContain(course.State.Occurrences, o => o is ProviderContacted);
        }
    }
}
