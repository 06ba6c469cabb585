using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Catalog;
using Xunit;

namespace Genoptraening.Workflows.Tests.Catalog;

public sealed class CatalogDirectoryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("catalog-").FullName;

    [Fact]
    public void Load_TheShippedCatalog_HasEveryStandard() =>
        Assert.Equal(8, CatalogDirectory.Load(CatalogDirectory.Default).Standards.Count());

    [Fact]
    public void Load_MissingFolder_SaysSo()
    {
        var missing = Path.Combine(folder, "nowhere");

        var error = Assert.Single(Assert.Throws<CatalogValidationException>(() => CatalogDirectory.Load(missing)).Errors);

        Assert.Equal(missing, error.File);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFolder_SaysSo() =>
        Assert.Contains("no *.json", Assert.Throws<CatalogValidationException>(() => CatalogDirectory.Load(folder)).Message, StringComparison.Ordinal);

    [Fact]
    public void Load_ABrokenFileAmongGoodOnes_NamesOnlyTheBrokenFile()
    {
        File.Copy(Path.Combine(CatalogDirectory.Default, "rebild.json"), Path.Combine(folder, "rebild.json"));
        File.WriteAllText(Path.Combine(folder, "testby.json"), """{ "municipality": "testby", "standards": [ { "basis": "sel86-1", "versions": [] } ] }""");

        var error = Assert.Single(Assert.Throws<CatalogValidationException>(() => CatalogDirectory.Load(folder)).Errors);

        Assert.Equal("testby.json: testby/sel86-1: standards[0].versions: a standard needs at least one version", error.ToString());
    }

    [Fact]
    public void Load_TwoFilesForOneMunicipality_IsAnError()
    {
        File.Copy(Path.Combine(CatalogDirectory.Default, "rebild.json"), Path.Combine(folder, "rebild.json"));
        File.Copy(Path.Combine(CatalogDirectory.Default, "rebild.json"), Path.Combine(folder, "Rebild.json"));

        Assert.NotEmpty(Assert.Throws<CatalogValidationException>(() => CatalogDirectory.Load(folder)).Errors);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
