using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Tests.Support;
using Xunit;

namespace Genoptraening.Domain.Tests.Catalog;

/// <summary>
/// A municipality's own data beside its standards (RULES.md § 10): its approved providers and its letter of the extended
/// free choice, checked when the catalog loads so that an administrator's mistake names the field.
/// </summary>
public class MunicipalCatalogTests
{
    private const string Letter = """
        "freeChoiceLetter": { "sender": ["Testby Kommune"], "subject": "Udvidet frit valg", "paragraphs": ["Senest {frist}.", "{leverandører}"] }
        """;

    private static string File(string municipal) => $$"""
        {
          "municipality": "testby",
          {{municipal}},
          "standards": [
            { "basis": "sul140", "versions": [ { "version": 1, "effectiveFrom": "2020-01-01", "deadlines": [] } ] }
          ]
        }
        """;

    [Fact]
    public void TheRepositorysCatalog_GivesRebildAndNorddjurs_TheirProvidersAndLetter()
    {
        foreach (var standard in new[] { "rebild/sul140", "rebild/sel86-1", "norddjurs/sul140" })
        {
            var version = TestCatalog.Standard(standard);
            Assert.Equal(2, version.MunicipalProviders.Count);
            Assert.NotNull(version.FreeChoiceLetter);
            Assert.Contains(version.FreeChoiceLetter!.Paragraphs, p => p.Contains(FreeChoiceLetterTemplate.MissedDeadline, StringComparison.Ordinal));
        }

        Assert.Contains(new MunicipalProvider("norddjurs-tc-posthaven", "Træningscenter Posthaven"), TestCatalog.Standard("norddjurs/sul140").MunicipalProviders);
        Assert.Empty(TestCatalog.Standard("kommune-004/sel86-1").MunicipalProviders);
    }

    [Fact]
    public void AMunicipalitysProvidersAndLetter_ReachEveryOneOfItsStandards()
    {
        var catalog = ServiceCatalog.Load([new CatalogSource("testby.json", File("""
            "providers": [ { "id": "tc-1", "name": "Træningscenter Ét" } ],
            """ + Letter))]);

        var version = catalog.VersionsOf(new StandardId("testby", "sul140")).Single();

        Assert.Equal([new MunicipalProvider("tc-1", "Træningscenter Ét")], version.MunicipalProviders);
        Assert.Equal(new FreeChoiceLetterTemplate(["Testby Kommune"], "Udvidet frit valg", ["Senest {frist}.", "{leverandører}"]), version.FreeChoiceLetter);
    }

    [Fact]
    public void RetentionYears_DefaultsToTen_AndAMunicipalityMayKeepLonger()
    {
        var catalog = ServiceCatalog.Load([new CatalogSource("testby.json", File("\"retentionYears\": 12"))]);

        Assert.Equal(12, catalog.RetentionYearsOf("testby"));
        Assert.Equal(StandardVersion.DefaultRetentionYears, TestCatalog.Instance.RetentionYearsOf("rebild"));
        Assert.Equal(10, StandardVersion.DefaultRetentionYears);
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { """ "retentionYears": 9 """, "retentionYears", "at least 10" },
        { """ "providers": [ { "id": "tc-1", "name": "Et" }, { "id": "tc-1", "name": "To" } ] """, "providers[1].id", "duplicate provider 'tc-1'" },
        { """ "providers": [ { "id": "tc-1" } ] """, "providers[0].name", "missing" },
        { """ "providers": [ { "id": "tc-1", "name": "Et", "phone": "1" } ] """, "providers[0].phone", "unknown field" },
        { Letter.Replace("Senest {frist}.", "Senest {frist} ({fristen}).", StringComparison.Ordinal), "freeChoiceLetter.paragraphs[0]", "unknown placeholder {fristen}" },
        { Letter.Replace("Senest {frist}.", "Senest i går.", StringComparison.Ordinal), "freeChoiceLetter.paragraphs", "must use {frist}" },
        { Letter.Replace("\"{leverandører}\"", "\"Vælg: {leverandører}\"", StringComparison.Ordinal), "freeChoiceLetter.paragraphs[1]", "stands alone" },
        { Letter.Replace("\"Udvidet frit valg\"", "\"\"", StringComparison.Ordinal), "freeChoiceLetter.subject", "non-empty" },
        { Letter.Replace("\"sender\": [\"Testby Kommune\"]", "\"sender\": []", StringComparison.Ordinal), "freeChoiceLetter.sender", "at least one line" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void AMistake_NamesTheFileAndTheField(string municipal, string field, string message)
    {
        var exception = Assert.Throws<CatalogValidationException>(() => ServiceCatalog.Load([new CatalogSource("testby.json", File(municipal))]));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("testby.json", field), (error.File, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
