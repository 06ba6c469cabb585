using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Letters;
using Genoptraening.Workflows.Catalog;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Genoptraening.Web.Tests.Letters;

/// <summary>
/// The letter of the extended free choice (RULES.md § 10) composed from the municipality's template and the course:
/// worked example 3's course (rebild/sul140, discharged and received 8 May 2026, guarantee due 15 May, free choice 16 May).
/// </summary>
public class FreeChoiceLetterTests
{
    private static readonly ServiceCatalog Catalog = CatalogDirectory.Load(CatalogDirectory.Default);
    private static readonly LocalDate Today = new(2026, 5, 18);

    [Fact]
    public void TheLetter_NamesTheMissedDeadline_AndTheProvidersOfThePlansLevel_FromTheMunicipalitysTemplate()
    {
        var (letter, unavailable) = FreeChoiceLetter.Compose(Triggered("rebild/sul140", TrainingLevel.Basal), Today);

        Assert.Null(unavailable);
        var text = letter!.ToText();
        Assert.StartsWith("Rebild Kommune\n", text, StringComparison.Ordinal);
        Assert.Contains("\n18. maj 2026\n", text, StringComparison.Ordinal);
        Assert.Contains("senest 15. maj 2026", text, StringComparison.Ordinal);
        Assert.Contains("genoptræning på basalt niveau", text, StringComparison.Ordinal);
        Assert.Equal(["Fysioterapi Nord ApS", "Træningsklinikken Vest"], Assert.Single(letter.Body.OfType<FreeChoiceLetter.ProviderList>()).Names);
        Assert.Contains("  • Træningsklinikken Vest\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Neuro-genoptræning Øst", text, StringComparison.Ordinal);
        Assert.Contains("Klagevejledning", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\{[^}]*\}", text);
    }

    [Fact]
    public void APlanWithoutALevel_ListsEveryProvider()
    {
        var (letter, _) = FreeChoiceLetter.Compose(Triggered("norddjurs/sul140", null), Today);

        Assert.Equal(3, Assert.Single(letter!.Body.OfType<FreeChoiceLetter.ProviderList>()).Names.Count);
        Assert.StartsWith("Norddjurs Kommune\n", letter.ToText(), StringComparison.Ordinal);
        Assert.Contains("89 59 21 10", letter.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheHtml_IsOneDocument_EveryTextEncoded_DanishLettersReadable()
    {
        var (letter, _) = FreeChoiceLetter.Compose(Triggered("rebild/sul140", TrainingLevel.Avanceret), Today);
        var withMarkup = letter! with { Subject = "<script>alert(1)</script> & æøå" };

        var html = withMarkup.ToHtmlDocument();

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; æøå", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Neuro-genoptræning Øst</li>", html, StringComparison.Ordinal);
        Assert.Contains("Med venlig hilsen<br>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ACourseWithoutFreeChoice_HasNoLetter()
    {
        var state = Started("rebild/sul140", null).State;

        var (letter, unavailable) = FreeChoiceLetter.Compose(state, Today);

        Assert.Null(letter);
        Assert.Same(FreeChoiceLetter.NotTriggered, unavailable);
    }

    [Theory]
    [InlineData(2026, 5, 7, "7. maj 2026")]
    [InlineData(2026, 12, 24, "24. december 2026")]
    [InlineData(2027, 3, 1, "1. marts 2027")]
    public void Dates_AreWrittenAsInADanishLetter(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FreeChoiceLetter.LongDate(new LocalDate(year, month, day)));

    /// <summary>The course with its guarantee breached at 16 May 00:00 (worked example 3), as the decider leaves it.</summary>
    private static CourseState Triggered(string standard, TrainingLevel? level)
    {
        var (state, _) = Started(standard, level);
        var fired = CourseDecider.Decide(state, new CourseCommand.FireDueTimers(), At("2026-05-18T09:00:00+02:00"));
        var after = Assert.IsType<Decision.Accepted>(fired).Events.Aggregate(state, CourseDecider.Evolve);
        Assert.NotNull(after.FreeChoice);
        return after;
    }

    private static (CourseState State, Referral Referral) Started(string standard, TrainingLevel? level)
    {
        var referral = Referral.Plan(At("2026-05-08T10:00:00+02:00"), new LocalDate(2026, 5, 8), null, null, level);
        Assert.True(StandardId.TryParse(standard, out var id));
        var rules = Catalog.VersionFor(id, referral.ReceivedDate)!;
        var started = CourseDecider.Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, referral), referral.ReceivedAt);
        return (Assert.IsType<Decision.Accepted>(started).Events.Aggregate(CourseState.Initial, CourseDecider.Evolve), referral);
    }

    private static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).Value.ToInstant();
}
