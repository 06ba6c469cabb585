using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage.Azure;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

/// <summary>A course's report facts as the table store writes them: one short text that reads back as the same facts.</summary>
public class FactsTextTests
{
    [Fact]
    public void Encode_ThenDecode_GivesTheSameFacts()
    {
        var facts = new CourseFacts(
            [(DeadlineKind.Contact, DeadlineStatus.Met), (DeadlineKind.Start, DeadlineStatus.Breached), (DeadlineKind.End, DeadlineStatus.Pending)],
            Breaches: 2, FreeChoice: true, TrainingStarted: true, ExaminedWithGoalsAtStart: false, Ended: true, Completed: true, WithContinuation: false,
            WorkingDaysToStart: 12);

        var text = FactsText.Encode(facts);
        var back = FactsText.Decode(text);

        Assert.Equal("contact:met start:breached end:pending|b2|ftec|w12", text);
        Assert.Equal(facts.Deadlines, back.Deadlines);
        Assert.Equal(facts with { Deadlines = back.Deadlines }, back);
    }

    [Fact]
    public void Encode_ThePlansTypeAndLevel_FollowAfterOneMoreBarAndReadBack()
    {
        var facts = new CourseFacts([], 0, false, false, false, false, false, false, null, PlanType.Almen, TrainingLevel.Avanceret);
        var typeOnly = facts with { Level = null };

        Assert.Equal("|b0||w|almen:avanceret", FactsText.Encode(facts));
        Assert.Equal("|b0||w|almen:", FactsText.Encode(typeOnly));
        Assert.Equal(facts, FactsText.Decode(FactsText.Encode(facts)) with { Deadlines = [] });
        Assert.Equal(typeOnly, FactsText.Decode(FactsText.Encode(typeOnly)) with { Deadlines = [] });
        Assert.Null(FactsText.Decode("|b0||w").PlanType);
    }

    [Fact]
    public void Encode_TheCoursesLaterFlags_NotCountedFreeChoiceChosenOrDeclinedOtherMunicipality_ReadBack()
    {
        var facts = new CourseFacts([], 0, true, false, false, true, false, false, null, NotCounted: true, FreeChoiceExercised: true, FreeChoiceDeclined: true, OtherMunicipality: true);

        Assert.Equal("|b0|fenpdo|w", FactsText.Encode(facts));
        Assert.Equal(facts, FactsText.Decode(FactsText.Encode(facts)) with { Deadlines = [] });
        Assert.False(FactsText.Decode("|b0|fe|w").FreeChoiceExercised);
    }

    [Fact]
    public void Decode_NoDeadlinesNorStart_ReadsNulls()
    {
        var facts = FactsText.Decode("|b0||w");

        Assert.Empty(facts.Deadlines);
        Assert.Null(facts.WorkingDaysToStart);
        Assert.False(facts.TrainingStarted);
        Assert.Null(facts.StatusOf(DeadlineKind.Contact));
    }

    [Theory]
    [InlineData("contact:met|b0|t")]
    [InlineData("contact:soon|b0||w")]
    [InlineData("contact:met|x0||w")]
    [InlineData("contact:met|b0||w|almen")]
    [InlineData("contact:met|b0||w|hjemme:basal")]
    public void Decode_TextItDidNotWrite_Throws(string text) => Assert.Throws<FormatException>(() => FactsText.Decode(text));
}
