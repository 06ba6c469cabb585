using Genoptraening.Domain.Courses;
using Genoptraening.Web.Dashboard;
using Genoptraening.Workflows.Serialization;
using Xunit;

namespace Genoptraening.Web.Tests.Dashboard;

/// <summary>The dashboard's Danish refusals are looked up by code: every refusal a visitator's form can meet has its own Danish text.</summary>
public class DanishReasonsTests
{
    /// <summary>Refusals of a course's start or of a request the dashboard never sends: shown with the API's English after "Afvist".</summary>
    private static readonly RejectionCode[] NotMetInTheDashboard =
    [
        RejectionCode.AlreadyStarted, RejectionCode.ReceivedInTheFuture, RejectionCode.StandardTakesApplications, RejectionCode.StandardTakesPlans,
        RejectionCode.DischargeTooLate, RejectionCode.PlanDatesOnApplication, RejectionCode.StartNotBeforeTooLate, RejectionCode.UnreadableRequest,
        RejectionCode.NoVersionInEffect, RejectionCode.Purged, RejectionCode.UncodedInvalidInput, RejectionCode.UncodedNotAllowed,
    ];

    public static TheoryData<RejectionCode> MetInTheDashboard => [.. Enum.GetValues<RejectionCode>().Except(NotMetInTheDashboard)];

    [Theory]
    [MemberData(nameof(MetInTheDashboard))]
    public void Of_ARefusalAVisitatorCanMeet_IsDanish(RejectionCode code)
    {
        var text = DanishReasons.Of(new Decision.Rejected(code, ["2", "end", "4"]));

        Assert.DoesNotContain("Afvist", text, StringComparison.Ordinal);
        Assert.NotEqual(RejectionText.English(code, ["2", "end", "4"]), text);
    }

    [Fact]
    public void Of_AnEndedCourse_NamesTheOutcomeInDanish() =>
        Assert.Equal("Forløbet er afsluttet (annulleret).", DanishReasons.Of(new Decision.Rejected(RejectionCode.Ended, ["cancelled"])));

    [Fact]
    public void Of_TheEndBreached_GivesItsDueDateTheDanishWay() =>
        Assert.Equal(
            "Fristen for afslutning (30-06-2026) er overskredet; forløbet kan ikke længere forlænges.",
            DanishReasons.Of(new Decision.Rejected(RejectionCode.EndBreached, ["2026-06-30"])));

    [Fact]
    public void Of_AnUncodedAnswer_ShowsItsEnglishAfterAfvist() =>
        Assert.Equal("Afvist: not possible", DanishReasons.Of(new Decision.Rejected(RejectionCode.UncodedNotAllowed, ["not possible"])));

    [Theory]
    [InlineData(FieldProblem.Required, "startDate", null, "Startdato: skal udfyldes.")]
    [InlineData(FieldProblem.NotAWholeNumber, "weeks", null, "Uger: skal være et helt tal.")]
    [InlineData(FieldProblem.TooLong, "reason", "4000", "Årsag: må højst være 4000 tegn.")]
    [InlineData(FieldProblem.NotOneOf, "channel", null, "Informeret via: har en ugyldig værdi.")]
    public void Of_AFieldProblem_IsDanishWithTheFieldsDanishName(FieldProblem problem, string field, string? argument, string danish) =>
        Assert.Equal(danish, DanishReasons.Of(new FieldError(field, problem, "english", argument)));

    [Fact]
    public void Of_AFieldProblemWithoutACode_ShowsTheEnglish() =>
        Assert.Equal("Afvist (Kommentar): must be shorter", DanishReasons.Of(new FieldError("comment", "must be shorter")));
}
