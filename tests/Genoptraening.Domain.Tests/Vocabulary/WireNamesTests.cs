using Genoptraening.Domain.Vocabulary;
using Xunit;

namespace Genoptraening.Domain.Tests.Vocabulary;

/// <summary>The names the catalog, the API and stored courses use are written out and fixed: a renamed enum member changes none.</summary>
public class WireNamesTests
{
    [Fact]
    public void WireNames_AreTheNamesClientsAndCatalogsUse()
    {
        Assert.Equal<string>(["pending", "met", "breached", "metLate", "waived", "cancelled"], WireNames.DeadlineStatuses.Names);
        Assert.Equal<string>(["days", "weeks", "months", "workingDays"], WireNames.OffsetUnits.Names);
        Assert.Equal<string>(["completed", "rejected", "noShows", "cancelled", "transferred", "otherMunicipality", "withdrawn", "misdirected"], WireNames.Outcomes.Names);
        Assert.Equal<string>(
            ["deadlineMetOnTime", "examinationWithGoalsAtStart", "finalEvaluation", "continuationRegistered"], WireNames.QualityMetrics.Names);
        Assert.Equal<string>(["Warning", "Breach", "Level2Escalation"], WireNames.TimerKinds.Names);
        Assert.Equal<string>(["plan", "application"], WireNames.ReferralKinds.Names);
        Assert.Equal<string>(["almen", "specialiseret", "rehabilitering"], WireNames.PlanTypes.Names);
        Assert.Equal<string>(["basal", "avanceret"], WireNames.TrainingLevels.Names);
    }

    [Theory]
    [InlineData("metLate", true)]
    [InlineData("MetLate", false)]
    [InlineData("3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_OnlyTheExactName_Parses(string? name, bool parses) =>
        Assert.Equal(parses, WireNames.TryParse<DeadlineStatus>(name, out _));

    [Fact]
    public void NameTable_MissingAValue_RefusesToBeBuilt() =>
        Assert.Throws<ArgumentException>(() => new NameTable<TrainingLevel>((TrainingLevel.Basal, "basal")));

    [Fact]
    public void NameTable_ANameTwice_RefusesToBeBuilt() =>
        Assert.Throws<ArgumentException>(() => new NameTable<TrainingLevel>((TrainingLevel.Basal, "basal"), (TrainingLevel.Avanceret, "basal")));

    [Fact]
    public void ToWireName_QualityMetric_IsTheCatalogsName() =>
        Assert.Equal("deadlineMetOnTime", QualityMetric.DeadlineMetOnTime.ToWireName());
}
