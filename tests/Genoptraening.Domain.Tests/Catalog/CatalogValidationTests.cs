using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Tests.Support;
using Xunit;

namespace Genoptraening.Domain.Tests.Catalog;

public class CatalogValidationTests
{
    private const string ValidDeadline =
        """{ "kind": "contact", "offset": { "amount": 2, "unit": "workingDays" }, "anchor": "received", "satisfiedBy": "CitizenContacted" }""";

    private static string File(string basis = "sel86-1", string deadlines = ValidDeadline, string extra = "", string municipality = "testby", string moreVersions = "") => $$"""
        {
          "municipality": "{{municipality}}",
          "standards": [
            { "basis": "{{basis}}", "versions": [ { "version": 1, "effectiveFrom": "2020-01-01", "deadlines": [ {{deadlines}} ] {{extra}} } {{moreVersions}} ] }
          ]
        }
        """;

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { File(deadlines: ValidDeadline.Replace("\"received\"", "\"arrival\"", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].anchor", "unknown anchor 'arrival'" },
        { File(deadlines: ValidDeadline.Replace("CitizenContacted", "CitizenCalled", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].satisfiedBy", "unknown satisfier 'CitizenCalled'" },
        { File(deadlines: ValidDeadline.Replace("workingDays", "fortnights", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].offset.unit", "unknown unit 'fortnights'" },
        { File(deadlines: ValidDeadline.Replace("\"amount\": 2", "\"amount\": -3", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].offset.amount", "must not be negative" },
        { File(deadlines: ValidDeadline + ", " + ValidDeadline), "standards[0].versions[0].deadlines[1].kind", "duplicate kind 'contact'" },
        { File(extra: ", \"extension\": { \"maxWeeks\": 4 }"), "standards[0].versions[0].extension", "needs an 'end' deadline" },
        { File(deadlines: ValidDeadline.Replace("\"contact\"", "\"visit\"", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].kind", "unknown deadline kind 'visit'" },
        { File(deadlines: ValidDeadline.Replace("\"received\"", "\"discharge\"", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].anchor", "only sul140 standards" },
        { File(basis: "sul140", deadlines: ValidDeadline.Replace("\"contact\"", "\"startGuarantee\"", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].kind", "statutory" },
        { File(basis: "sel87"), "standards[0].basis", "unknown basis 'sel87'" },
        { File(extra: ", \"noShowLimit\": 0"), "standards[0].versions[0].noShowLimit", "at least 1" },
        { File(extra: ", \"targets\": [ { \"metric\": \"deadlineMetOnTime\", \"deadline\": \"end\", \"share\": 0.9, \"text\": \"x\" } ]"), "standards[0].versions[0].targets[0].deadline", "no 'end' deadline" },
        { File(extra: ", \"targets\": [ { \"metric\": \"deadlineMetOnTime\", \"deadline\": \"contact\", \"share\": 90, \"text\": \"x\" } ]"), "standards[0].versions[0].targets[0].share", "(0, 1]" },
        { File(deadlines: ValidDeadline.Replace("\"anchor\"", "\"anchr\": 1, \"anchor\"", StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].anchr", "unknown field" },
        { File(deadlines: ValidDeadline.Replace("\"offset\": { \"amount\": 2, \"unit\": \"workingDays\" }, ", string.Empty, StringComparison.Ordinal)), "standards[0].versions[0].deadlines[0].offset", "missing" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Load_AMistake_NamesFileStandardAndField(string json, string field, string message)
    {
        var error = Assert.Single(Load(json));

        Assert.Equal("testby.json", error.File);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("testby.json: ", error.ToString(), StringComparison.Ordinal);
        if (!field.EndsWith(".basis", StringComparison.Ordinal))
        {
            Assert.Matches("^testby/sel86-1$|^testby/sul140$", error.Standard);
        }
    }

    [Fact]
    public void Load_MalformedJson_NamesTheFile()
    {
        var error = Assert.Single(Load("{ \"municipality\": "));

        Assert.Equal("testby.json", error.File);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MunicipalityNotMatchingFileName_IsAnError()
    {
        var error = Assert.Single(Load(File(municipality: "andeby")));

        Assert.Equal("municipality", error.Field);
        Assert.Contains("andeby.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralMistakes_ReportsEveryOne()
    {
        var json = File(deadlines: ValidDeadline.Replace("\"received\"", "\"x\"", StringComparison.Ordinal).Replace("workingDays", "y", StringComparison.Ordinal));

        Assert.Equal(2, Load(json).Count);
    }

    [Fact]
    public void Load_VersionsOutOfOrder_IsAnError()
    {
        var json = File(moreVersions: ", { \"version\": 2, \"effectiveFrom\": \"2019-01-01\", \"deadlines\": [ " + ValidDeadline + " ] }");

        var error = Assert.Single(Load(json));
        Assert.Equal("standards[0].versions[1]", error.Field);
    }

    [Fact]
    public void VersionFor_PicksTheVersionInEffectOnTheReceiptDate()
    {
        var json = File(moreVersions: ", { \"version\": 2, \"effectiveFrom\": \"2027-01-01\", \"deadlines\": [ " + ValidDeadline.Replace("2,", "3,", StringComparison.Ordinal) + " ] }");
        var catalog = ServiceCatalog.Load([new CatalogSource("testby.json", json)]);
        var id = new StandardId("testby", "sel86-1");

        Assert.Equal(1, catalog.VersionFor(id, Time.D("2026-12-31"))!.Version);
        Assert.Equal(2, catalog.VersionFor(id, Time.D("2027-01-01"))!.Version);
        Assert.Null(catalog.VersionFor(id, Time.D("2019-12-31")));
        Assert.Equal(3, catalog.Version(id, 2)!.Deadlines[0].Offset.Amount);
    }

    [Fact]
    public void Load_TheRepositoryCatalog_HasNoMistakes() =>
        Assert.Equal(8, ServiceCatalog.Load(TestCatalog.Sources()).Standards.Count());

    private static IReadOnlyList<CatalogError> Load(string json)
    {
        var exception = Assert.Throws<CatalogValidationException>(() => ServiceCatalog.Load([new CatalogSource("testby.json", json)]));
        return exception.Errors;
    }
}
