using Genoptraening.Domain.Catalog;

namespace Genoptraening.Workflows.Catalog;

/// <summary>Loads the service-level catalog from a folder of <c>{municipality}.json</c> files, once, at start.</summary>
public static class CatalogDirectory
{
    /// <summary>The catalog copied beside the running program (the repository's <c>catalog/</c> folder).</summary>
    public static string Default => Path.Combine(AppContext.BaseDirectory, "catalog");

    /// <summary>Reads and validates every file; throws <see cref="CatalogValidationException"/> listing each mistake.</summary>
    public static ServiceCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CatalogValidationException([new CatalogError(directory, null, "(folder)", "the catalog folder does not exist")]);
        }

        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new CatalogValidationException([new CatalogError(directory, null, "(folder)", "the catalog folder holds no *.json file")]);
        }

        return ServiceCatalog.Load(files.Select(path => new CatalogSource(Path.GetFileName(path), File.ReadAllText(path))));
    }
}
