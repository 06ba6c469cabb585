using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Catalog;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>The repository's catalog, as the hosts load it.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<ServiceCatalog> Loaded = new(() => CatalogDirectory.Load(CatalogDirectory.Default));

    public static ServiceCatalog Instance => Loaded.Value;

    public static StandardId Id(string text) =>
        StandardId.TryParse(text, out var id) ? id : throw new ArgumentException($"Not a standard id: {text}", nameof(text));
}
