using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Dashboard;
using NodaTime;
using Xunit;

namespace Genoptraening.Web.Tests.Dashboard;

/// <summary>The course page's timeline says what each of the hospital's corrections changed, and a cancellation as such.</summary>
public class TimelineTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);

    [Fact]
    public void ACorrection_SaysWhatChanged_FromThePlanAsItStoodBefore()
    {
        var first = new Occurrence.PlanCorrected(Received + Duration.FromDays(5), new LocalDate(2026, 5, 15), null, PlanType.Almen, TrainingLevel.Basal);
        var second = new Occurrence.PlanCorrected(Received + Duration.FromDays(6), new LocalDate(2026, 5, 15), null, PlanType.Specialiseret, TrainingLevel.Basal);
        var cancelled = new Occurrence.PlanCancelled(Received + Duration.FromDays(7), "sendt ved en fejl");
        var state = CourseState.Initial with
        {
            Referral = Referral.Plan(Received, new LocalDate(2026, 5, 15), null, PlanType.Specialiseret, TrainingLevel.Basal),
            ReceivedReferral = Referral.Plan(Received, new LocalDate(2026, 5, 12), null, PlanType.Almen, TrainingLevel.Basal),
            Occurrences = [first, second, cancelled],
        };

        var texts = Timeline.Of(state).Select(e => e.Text).ToList();

        Assert.Equal(
            [
                "Henvisning modtaget",
                "Hospitalet har rettet genoptræningsplanen: udskrivelse 15-05-2026 (før 12-05-2026)",
                "Hospitalet har rettet genoptræningsplanen: plantype specialiseret (før almen)",
                "Hospitalet har annulleret genoptræningsplanen (sendt ved en fejl)",
            ],
            texts);
    }
}
