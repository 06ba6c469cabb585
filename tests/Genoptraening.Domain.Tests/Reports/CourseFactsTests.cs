using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;
using Xunit;

namespace Genoptraening.Domain.Tests.Reports;

/// <summary>The report facts a course publishes: equal facts count together, and a report from counted facts equals one from course states.</summary>
public class CourseFactsTests
{
    [Fact]
    public void Equals_FactsOfTheSameParts_AreEqual_TheDeadlinesComparedInOrder()
    {
        var facts = new CourseFacts([(DeadlineKind.Contact, DeadlineStatus.Met), (DeadlineKind.End, DeadlineStatus.Pending)], 1, true, true, false, false, false, false, 4);
        var same = facts with { Deadlines = [(DeadlineKind.Contact, DeadlineStatus.Met), (DeadlineKind.End, DeadlineStatus.Pending)] };

        Assert.Equal(facts, same);
        Assert.Equal(facts.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(facts, same with { Deadlines = [(DeadlineKind.End, DeadlineStatus.Pending), (DeadlineKind.Contact, DeadlineStatus.Met)] });
        Assert.NotEqual(facts, same with { Level = Domain.Vocabulary.TrainingLevel.Basal });
    }

    [Fact]
    public void Report_FromCountedStoredFacts_EqualsReportFromStates()
    {
        var states = QualityReportTests.Courses().Select(c => c.State).ToList();
        var fromStates = QualityReport.Compute(states);
        var rules = states.Where(s => s.IsStarted).Select(s => s.Rules!).DistinctBy(r => (r.Id, r.Version)).ToDictionary(r => (r.Id, r.Version));
        var counted = states.Where(s => s.IsStarted)
            .GroupBy(s => (s.Rules!.Id, s.Rules.Version, Facts: CourseFacts.Of(s)))
            .Select(g => new FactsCount(g.Key.Id, g.Key.Version, g.Key.Facts, g.Count()));

        var fromFacts = QualityReport.Compute(counted, (id, version) => rules.GetValueOrDefault((id, version)));

        Assert.Equal(Describe(fromStates), Describe(fromFacts));
    }

    private static List<string> Describe(IReadOnlyList<QualityFigures> report) =>
        [.. report.Select(f => $"{f.Standard} {f.Courses} {f.Breaches} {f.FreeChoiceTriggers} {f.WorkingDaysToStart} "
            + string.Join(";", f.Deadlines) + " " + string.Join(";", f.Targets.Select(t => $"{t.Target.Metric} {t.Counted} {t.Reached}")))];
}
