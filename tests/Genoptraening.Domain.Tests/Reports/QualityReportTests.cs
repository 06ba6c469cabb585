using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Reports;

/// <summary>The quality report against figures worked out by hand for five courses.</summary>
public class QualityReportTests
{
    private static readonly IReadOnlyList<QualityFigures> Report = QualityReport.Compute(Courses().Select(c => c.State));

    private static QualityFigures Kommune004 => Report.Single(f => f.Standard.ToString() == "kommune-004/sel86-1");

    [Theory]
    // kind, decided, on time, met late, breached
    [InlineData(DeadlineKind.Contact, 3, 2, 1, 0)]
    [InlineData(DeadlineKind.Start, 3, 2, 1, 0)]
    [InlineData(DeadlineKind.MidwayEvaluation, 3, 1, 0, 2)]
    [InlineData(DeadlineKind.End, 2, 2, 0, 0)]
    public void Deadlines_PerKind_MatchTheHandCount(DeadlineKind kind, int decided, int onTime, int late, int breached)
    {
        var figures = Kommune004.Deadlines.Single(d => d.Kind == kind);

        Assert.Equal((decided, onTime, late, breached), (figures.Decided, figures.MetOnTime, figures.MetLate, figures.Breached));
        Assert.Equal(Math.Round((decimal)onTime / decided, 4), figures.ShareOnTime);
    }

    [Fact]
    public void Targets_OfKommune004_MatchTheHandCount()
    {
        Assert.Equal(
            [
                (QualityMetric.DeadlineMetOnTime, 3, 2, (bool?)false),
                (QualityMetric.DeadlineMetOnTime, 3, 2, false),
                (QualityMetric.DeadlineMetOnTime, 2, 2, true),
                (QualityMetric.ExaminationWithGoalsAtStart, 3, 1, false),
                (QualityMetric.DeadlineMetOnTime, 3, 1, false),
                (QualityMetric.FinalEvaluation, 2, 2, true),
                (QualityMetric.ContinuationRegistered, 2, 1, false),
            ],
            Kommune004.Targets.Select(t => (t.Target.Metric, t.Counted, t.Reached, t.IsMet)));
    }

    [Fact]
    public void WorkingDaysToStart_MedianAndP90_NearestRank()
    {
        // Courses started after 4, 5 and 30 working days.
        Assert.Equal(new WaitingFigures(3, 5, 30), Kommune004.WorkingDaysToStart);
    }

    [Fact]
    public void BreachesAndFreeChoice_CountedPerStandard()
    {
        var rebild = Report.Single(f => f.Standard.ToString() == "rebild/sul140");

        Assert.Equal(4, Kommune004.Courses);
        Assert.Equal(4, Kommune004.Breaches);
        Assert.Equal(0, Kommune004.FreeChoiceTriggers);
        Assert.Equal(4, rebild.Breaches); // the free-choice notice nobody recorded among them (RULES.md § 10)
        Assert.Equal(1, rebild.FreeChoiceTriggers);
        Assert.Empty(rebild.Targets);
    }

    internal static IEnumerable<CourseScript> Courses()
    {
        yield return CourseScript.Application("kommune-004/sel86-1", "2026-01-05T09:00:00+01:00")
            .Record(new CitizenContacted(At("2026-01-07T09:00:00+01:00")))
            .Record(new Visitated(At("2026-01-07T10:00:00+01:00"), true, TrainingLevel.Basal))
            .Record(new InitialExaminationHeld(At("2026-01-12T09:00:00+01:00"), GoalsSet: true))
            .Record(new TrainingStarted(At("2026-01-12T10:00:00+01:00")))
            .Record(new MidwayEvaluationHeld(At("2026-02-16T10:00:00+01:00")))
            .Record(new CourseCompleted(At("2026-04-01T10:00:00+02:00"), true, "Aktivitetscenter"));
        yield return CourseScript.Application("kommune-004/sel86-1", "2026-01-05T09:00:00+01:00")
            .Record(new CitizenContacted(At("2026-01-20T09:00:00+01:00")))
            .Record(new Visitated(At("2026-01-20T10:00:00+01:00"), true, TrainingLevel.Basal))
            .Record(new TrainingStarted(At("2026-02-16T10:00:00+01:00")))
            .Record(new CourseCompleted(At("2026-04-20T10:00:00+02:00"), false, null));
        yield return CourseScript.Application("kommune-004/sel86-1", "2026-01-05T09:00:00+01:00")
            .Record(new CitizenContacted(At("2026-01-08T09:00:00+01:00")))
            .Record(new Visitated(At("2026-01-08T10:00:00+01:00"), true, TrainingLevel.Basal))
            .Record(new InitialExaminationHeld(At("2026-01-09T09:00:00+01:00"), GoalsSet: false))
            .Record(new TrainingStarted(At("2026-01-09T10:00:00+01:00")))
            .AdvanceTo("2026-03-01T00:00:00+01:00");
        yield return CourseScript.Application("kommune-004/sel86-1", "2026-01-06T09:00:00+01:00")
            .Record(new Visitated(At("2026-01-07T09:00:00+01:00"), false, null));
        yield return CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08")
            .AdvanceTo("2026-05-21T00:00:00+02:00");
    }
}
