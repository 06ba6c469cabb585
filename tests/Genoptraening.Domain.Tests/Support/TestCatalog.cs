using Genoptraening.Domain.Catalog;

namespace Genoptraening.Domain.Tests.Support;

/// <summary>The repository's real catalog files (catalog/*.json), copied beside the tests at build.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<ServiceCatalog> Loaded = new(() => ServiceCatalog.Load(Sources()));

    public static ServiceCatalog Instance => Loaded.Value;

    public static IReadOnlyList<CatalogSource> Sources() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "catalog"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new CatalogSource(Path.GetFileName(path), File.ReadAllText(path)))];

    public static StandardVersion Standard(string id) =>
        StandardId.TryParse(id, out var parsed) && Instance.VersionsOf(parsed) is [.., var latest]
            ? latest
            : throw new ArgumentException($"No standard {id} in the catalog.", nameof(id));
}
