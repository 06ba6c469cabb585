using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Reports;
using Xunit;

namespace Genoptraening.Domain.Tests.Reports;

/// <summary>The report facts a course stores: their text round-trips, and a report from counted facts equals one from course states.</summary>
public class CourseFactsTests
{
    [Fact]
    public void Encode_ThenDecode_GivesTheSameFacts()
    {
        var facts = new CourseFacts(
            [(DeadlineKind.Contact, DeadlineStatus.Met), (DeadlineKind.Start, DeadlineStatus.Breached), (DeadlineKind.End, DeadlineStatus.Pending)],
            Breaches: 2, FreeChoice: true, TrainingStarted: true, ExaminedWithGoalsAtStart: false, Ended: true, Completed: true, WithContinuation: false,
            WorkingDaysToStart: 12);

        var text = facts.Encode();
        var back = CourseFacts.Decode(text);

        Assert.Equal("contact:met start:breached end:pending|b2|ftec|w12", text);
        Assert.Equal(facts.Deadlines, back.Deadlines);
        Assert.Equal(facts with { Deadlines = back.Deadlines }, back);
    }

    [Fact]
    public void Decode_NoDeadlinesNorStart_ReadsNulls()
    {
        var facts = CourseFacts.Decode("|b0||w");

        Assert.Empty(facts.Deadlines);
        Assert.Null(facts.WorkingDaysToStart);
        Assert.False(facts.TrainingStarted);
        Assert.Null(facts.StatusOf(DeadlineKind.Contact));
    }

    [Theory]
    [InlineData("contact:met|b0|t")]
    [InlineData("contact:soon|b0||w")]
    [InlineData("contact:met|x0||w")]
    public void Decode_TextItDidNotWrite_Throws(string text) => Assert.Throws<FormatException>(() => CourseFacts.Decode(text));

    [Fact]
    public void Report_FromCountedStoredFacts_EqualsReportFromStates()
    {
        var states = QualityReportTests.Courses().Select(c => c.State).ToList();
        var fromStates = QualityReport.Compute(states);
        var rules = states.Where(s => s.IsStarted).Select(s => s.Rules!).DistinctBy(r => (r.Id, r.Version)).ToDictionary(r => (r.Id, r.Version));
        var counted = states.Where(s => s.IsStarted)
            .GroupBy(s => (s.Rules!.Id, s.Rules.Version, Text: CourseFacts.Of(s).Encode()))
            .Select(g => new FactsCount(g.Key.Id, g.Key.Version, CourseFacts.Decode(g.Key.Text), g.Count()));

        var fromFacts = QualityReport.Compute(counted, (id, version) => rules.GetValueOrDefault((id, version)));

        Assert.Equal(Describe(fromStates), Describe(fromFacts));
    }

    private static List<string> Describe(IReadOnlyList<QualityFigures> report) =>
        [.. report.Select(f => $"{f.Standard} {f.Courses} {f.Breaches} {f.FreeChoiceTriggers} {f.WorkingDaysToStart} "
            + string.Join(";", f.Deadlines) + " " + string.Join(";", f.Targets.Select(t => $"{t.Target.Metric} {t.Counted} {t.Reached}")))];
}
