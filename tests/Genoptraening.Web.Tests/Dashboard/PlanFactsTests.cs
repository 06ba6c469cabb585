using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Dashboard;
using Genoptraening.Workflows.Reads;
using NodaTime;
using Xunit;

namespace Genoptraening.Web.Tests.Dashboard;

/// <summary>The course page shows the hospital's plan: its sender, its (expected) discharge, earliest start, start guarantee, type and level.</summary>
public class PlanFactsTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);

    [Fact]
    public void Of_APlanSentBeforeTheDischarge_ShowsTheExpectedDischargeTypeAndLevel()
    {
        var referral = Referral.Plan(Received, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 8), PlanType.Specialiseret, TrainingLevel.Avanceret);

        var guarantee = new DeadlineState(DeadlineKind.StartGuarantee, new LocalDate(2026, 6, 15), Received, Received, null);

        var facts = PlanFacts.Of(Course(referral, "plan:5790000000001/GGOP-7", guarantee));

        Assert.Equal(
            [
                new PlanFacts.Fact("Afsender (EAN)", "5790000000001"), new PlanFacts.Fact("Forventet udskrivelse", "01-06-2026"),
                new PlanFacts.Fact("Træning tidligst fra", "08-06-2026"),
                new PlanFacts.Fact("Opstartsgaranti", "opstart tilbudt senest 15-06-2026, 7 dage efter tidligste start"),
                new PlanFacts.Fact("Plantype", "specialiseret"), new PlanFacts.Fact("Niveau", "avanceret"),
            ],
            facts);
    }

    [Fact]
    public void Of_APlanOfTheDischargeDayWithoutTypeOrLevel_SaysDischargedAndNotGiven()
    {
        var facts = PlanFacts.Of(Course(Referral.Plan(Received, new LocalDate(2026, 5, 8)), "plan:5790000000001/GGOP-8"));

        Assert.Contains(new PlanFacts.Fact("Udskrevet", "08-05-2026"), facts);
        Assert.Contains(new PlanFacts.Fact("Plantype", "ikke oplyst"), facts);
    }

    [Fact]
    public void Of_ACorrectedPlan_SaysWhenTheHospitalCorrectedIt()
    {
        var course = Course(Referral.Plan(Received, new LocalDate(2026, 5, 15)), "plan:5790000000001/GGOP-9");
        course = course with { State = course.State with { Occurrences = [new Occurrence.PlanCorrected(Received + Duration.FromDays(5), new LocalDate(2026, 5, 15), null, null, null)] } };

        Assert.Contains(new PlanFacts.Fact("Rettet af hospitalet", "13-05-2026 kl. 10:00 (se tidslinjen)"), PlanFacts.Of(course));
    }

    [Fact]
    public void Of_AnApplication_IsEmpty() => Assert.Empty(PlanFacts.Of(Course(Referral.Application(Received), "application:rebild/A-1")));

    private static CourseRecord Course(Referral referral, string key, params DeadlineState[] deadlines) =>
        new(Guid.NewGuid(), key, [], [], CourseState.Initial with { Referral = referral, Deadlines = [.. deadlines] }, LastStep: 1);
}
