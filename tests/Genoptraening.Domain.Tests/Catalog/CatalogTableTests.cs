using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;

namespace Genoptraening.Domain.Tests.Catalog;

/// <summary>The catalog files against RULES.md § 7, row by row.</summary>
public class CatalogTableTests
{
    /// <summary>Every row of RULES.md § 7: standard, kind, amount, unit, anchor, satisfied by.</summary>
    public static TheoryData<string, string, int, string, string, string> Rows => new()
    {
        { "mariagerfjord/sel86-1", "contact", 5, "workingDays", "received", "CitizenContacted" },
        { "mariagerfjord/sel86-1", "initialExamination", 10, "workingDays", "Visitated", "InitialExaminationHeld" },
        { "mariagerfjord/sel86-1", "start", 2, "weeks", "InitialExaminationHeld", "TrainingStarted" },
        { "mariagerfjord/sel86-1", "end", 8, "weeks", "TrainingStarted", "CourseCompleted" },
        { "rebild/sul140", "contact", 4, "days", "received", "CitizenContacted" },
        { "rebild/sul140", "start", 7, "days", "received", "StartOffered" },
        { "rebild/sul140", "startGuarantee", 7, "days", "discharge", "StartOffered" },
        { "rebild/sel86-1", "contact", 2, "workingDays", "received", "CitizenContacted" },
        { "rebild/sel86-1", "providerContact", 2, "workingDays", "Visitated", "ProviderContacted" },
        { "rebild/sel86-1", "start", 3, "workingDays", "ProviderContacted", "TrainingStarted" },
        { "rebild/sel86-1", "end", 6, "weeks", "TrainingStarted", "CourseCompleted" },
        { "rebild/sel86-2", "contact", 2, "workingDays", "received", "CitizenContacted" },
        { "rebild/sel86-2", "providerContact", 2, "workingDays", "Visitated", "ProviderContacted" },
        { "rebild/sel86-2", "start", 3, "workingDays", "ProviderContacted", "TrainingStarted" },
        { "rebild/sel86-2", "end", 12, "weeks", "TrainingStarted", "CourseCompleted" },
        { "kommune-002/sel86-1", "contact", 1, "weeks", "received", "CitizenContacted" },
        { "kommune-002/sel86-1", "midwayEvaluation", 4, "weeks", "TrainingStarted", "MidwayEvaluationHeld" },
        { "norddjurs/sul140", "contact", 3, "workingDays", "received", "CitizenContacted" },
        { "norddjurs/sul140", "start", 7, "days", "discharge", "TrainingStarted" },
        { "norddjurs/sul140", "startGuarantee", 7, "days", "discharge", "StartOffered" },
        { "norddjurs/sel86", "decision", 14, "days", "received", "Visitated" },
        { "kommune-004/sel86-1", "contact", 7, "workingDays", "received", "CitizenContacted" },
        { "kommune-004/sel86-1", "start", 10, "workingDays", "Visitated", "TrainingStarted" },
        { "kommune-004/sel86-1", "midwayEvaluation", 6, "weeks", "TrainingStarted", "MidwayEvaluationHeld" },
        { "kommune-004/sel86-1", "end", 3, "months", "TrainingStarted", "CourseCompleted" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Catalog_EveryRowOfRules7_IsConfigured(string standard, string kind, int amount, string unit, string anchor, string satisfiedBy)
    {
        Assert.True(WireNames.TryParse<DeadlineKind>(kind, out var deadlineKind));
        var rule = TestCatalog.Standard(standard).RuleFor(deadlineKind);

        Assert.NotNull(rule);
        Assert.Equal(amount, rule.Offset.Amount);
        Assert.Equal(unit, rule.Offset.Unit.ToWireName());
        Assert.Equal(anchor, rule.Anchor.WireName);
        Assert.Equal(satisfiedBy, rule.SatisfiedBy.ToString());
    }

    [Fact]
    public void Catalog_HasEveryStandardOfRules7AndNoOther()
    {
        var expected = Rows.Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, TestCatalog.Instance.Standards.Select(id => id.ToString()));
    }

    [Fact]
    public void Catalog_EachStandard_HasExactlyTheDeadlinesOfRules7()
    {
        foreach (var group in Rows.GroupBy(row => (string)row[0]))
        {
            var configured = TestCatalog.Standard(group.Key).Deadlines.Select(d => d.Kind.ToWireName());
            Assert.Equal(group.Select(row => (string)row[1]).Order(), configured.Order());
        }
    }

    [Theory]
    [InlineData("rebild/sul140", 2)]
    [InlineData("rebild/sel86-1", 2)]
    [InlineData("rebild/sel86-2", 2)]
    [InlineData("norddjurs/sul140", 3)]
    [InlineData("norddjurs/sel86", 3)]
    [InlineData("mariagerfjord/sel86-1", null)]
    [InlineData("kommune-002/sel86-1", null)]
    [InlineData("kommune-004/sel86-1", null)]
    public void Catalog_NoShowLimits_MatchRules7(string standard, int? limit) =>
        Assert.Equal(limit, TestCatalog.Standard(standard).NoShowLimit);

    [Fact]
    public void Catalog_OnlyMariagerfjordAllowsExtension_UpTo4Weeks()
    {
        foreach (var id in TestCatalog.Instance.Standards)
        {
            var expected = id.ToString() == "mariagerfjord/sel86-1" ? 4 : 0;
            Assert.Equal(expected, TestCatalog.Standard(id.ToString()).MaxExtensionWeeks);
        }
    }

    [Fact]
    public void Catalog_EverySul140Standard_CarriesTheStatutoryStartGuarantee()
    {
        foreach (var id in TestCatalog.Instance.Standards)
        {
            var guarantee = TestCatalog.Standard(id.ToString()).RuleFor(DeadlineKind.StartGuarantee);
            if (id.IsHealthAct)
            {
                Assert.Same(StatutoryRules.StartGuarantee, guarantee);
                Assert.True(guarantee!.BreachTriggersFreeChoice);
                Assert.Equal([OccurrenceType.StartOfferDeclined, OccurrenceType.CitizenMissedResponseDeadline], guarantee.WaivedBy);
            }
            else
            {
                Assert.Null(guarantee);
            }
        }
    }

    [Fact]
    public void Catalog_Kommune004_HasItsSevenQualityTargets()
    {
        var targets = TestCatalog.Standard("kommune-004/sel86-1").Targets;

        Assert.Equal(
            [
                (QualityMetric.DeadlineMetOnTime, DeadlineKind.Contact, 0.90m),
                (QualityMetric.DeadlineMetOnTime, DeadlineKind.Start, 0.90m),
                (QualityMetric.DeadlineMetOnTime, DeadlineKind.End, 0.75m),
                (QualityMetric.ExaminationWithGoalsAtStart, (DeadlineKind?)null, 0.90m),
                (QualityMetric.DeadlineMetOnTime, DeadlineKind.MidwayEvaluation, 0.90m),
                (QualityMetric.FinalEvaluation, null, 0.90m),
                (QualityMetric.ContinuationRegistered, null, 0.90m),
            ],
            targets.Select(t => (t.Metric, t.Deadline, t.Share)));
    }

    [Fact]
    public void Catalog_ClosingDays_AreOnByDefault()
    {
        foreach (var id in TestCatalog.Instance.Standards)
        {
            Assert.Equal(Genoptraening.Domain.Calendar.ClosingDays.Default, TestCatalog.Standard(id.ToString()).ClosingDays);
        }
    }
}
