using System.Collections.Immutable;
using System.Text.Json;
using Genoptraening.Domain.Calendar;

namespace Genoptraening.Domain.Catalog;

/// <summary>Parses one municipality's catalog file: its closing days and its standards with their versions.</summary>
internal static class CatalogFileParser
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<(StandardId Id, ImmutableArray<StandardVersion> Versions)> Parse(CatalogSource source, List<CatalogError> errors)
    {
        var reader = new CatalogReader(source.FileName, errors);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Json, Options);
        }
        catch (JsonException e)
        {
            reader.Error("(root)", $"malformed JSON: {e.Message}");
            return [];
        }

        using (document)
        {
            return ParseMunicipality(document.RootElement, source.FileName, reader);
        }
    }

    private static List<(StandardId, ImmutableArray<StandardVersion>)> ParseMunicipality(JsonElement root, string fileName, CatalogReader reader)
    {
        var result = new List<(StandardId, ImmutableArray<StandardVersion>)>();
        if (!reader.IsObject(root, string.Empty, "municipality", "name", "closingDays", "retentionYears", "providers", FreeChoiceLetterParser.Field, "standards"))
        {
            return result;
        }

        var municipality = reader.String(root, string.Empty, "municipality");
        if (municipality is not null && !StandardId.IsValidMunicipality(municipality))
        {
            reader.Error("municipality", $"'{municipality}' is not a valid id (lower case letters, digits and hyphens)");
            municipality = null;
        }

        var expectedFile = municipality + ".json";
        if (municipality is not null && !string.Equals(Path.GetFileName(fileName), expectedFile, StringComparison.Ordinal))
        {
            reader.Error("municipality", $"'{municipality}' must be defined in a file named {expectedFile}");
        }

        var name = reader.String(root, string.Empty, "name", required: false);
        var closingDays = ParseClosingDays(root, reader);
        var retentionYears = reader.Field(root, string.Empty, "retentionYears", required: false) is null
            ? StandardVersion.DefaultRetentionYears
            : reader.Int(root, string.Empty, "retentionYears", min: StandardVersion.DefaultRetentionYears) ?? StandardVersion.DefaultRetentionYears;
        var providers = ParseProviders(root, reader);
        var letter = FreeChoiceLetterParser.Parse(root, reader);
        var standards = reader.Array(root, string.Empty, "standards");
        if (municipality is null)
        {
            return result;
        }

        foreach (var (element, path) in standards)
        {
            reader.Standard = null;
            if (ParseStandard(element, path, municipality, closingDays, reader) is { } parsed)
            {
                if (result.Any(r => r.Item1 == parsed.Item1))
                {
                    reader.Error(path + ".basis", $"duplicate standard {parsed.Item1}");
                    continue;
                }

                result.Add((parsed.Item1, [.. parsed.Item2.Select(v => v with { MunicipalityName = name ?? municipality, MunicipalProviders = providers, FreeChoiceLetter = letter, RetentionYears = retentionYears })]));
            }
        }

        return result;
    }

    /// <summary>The municipality's own approved providers: <c>"providers": [ { "id", "name" } ]</c>, ids unique.</summary>
    private static List<MunicipalProvider> ParseProviders(JsonElement root, CatalogReader reader)
    {
        var providers = new List<MunicipalProvider>();
        foreach (var (item, path) in reader.Array(root, string.Empty, "providers", required: false))
        {
            if (!reader.IsObject(item, path, "id", "name"))
            {
                continue;
            }

            var id = reader.String(item, path, "id");
            var name = reader.String(item, path, "name");
            if (id is not null && providers.Any(p => p.Id == id))
            {
                reader.Error(CatalogReader.Join(path, "id"), $"duplicate provider '{id}'");
            }
            else if (id is not null && name is not null)
            {
                providers.Add(new MunicipalProvider(id, name));
            }
        }

        return providers;
    }

    private static ClosingDays ParseClosingDays(JsonElement root, CatalogReader reader)
    {
        const string path = "closingDays";
        if (reader.Field(root, string.Empty, path, required: false) is not { } element
            || !reader.IsObject(element, path, "grundlovsdag", "juleaftensdag", "nytaarsaftensdag"))
        {
            return ClosingDays.Default;
        }

        return new ClosingDays(
            reader.Bool(element, path, "grundlovsdag") ?? true,
            reader.Bool(element, path, "juleaftensdag") ?? true,
            reader.Bool(element, path, "nytaarsaftensdag") ?? true);
    }

    private static (StandardId, ImmutableArray<StandardVersion>)? ParseStandard(
        JsonElement element, string path, string municipality, ClosingDays closingDays, CatalogReader reader)
    {
        if (!reader.IsObject(element, path, "basis", "title", "source", "versions"))
        {
            return null;
        }

        var basis = reader.String(element, path, "basis");
        if (basis is null || !StandardId.Bases.Contains(basis))
        {
            if (basis is not null)
            {
                reader.Error(path + ".basis", $"unknown basis '{basis}'; expected one of: {string.Join(", ", StandardId.Bases)}");
            }

            return null;
        }

        var id = new StandardId(municipality, basis);
        reader.Standard = id.ToString();
        var title = reader.String(element, path, "title", required: false) ?? string.Empty;
        reader.String(element, path, "source", required: false);
        var errorsBefore = reader.ErrorCount;
        var versions = new List<StandardVersion>();
        var items = reader.Array(element, path, "versions");
        if (items.Count == 0)
        {
            reader.Error(path + ".versions", "a standard needs at least one version");
        }

        foreach (var (versionElement, versionPath) in items)
        {
            var version = StandardVersionParser.Parse(versionElement, versionPath, id, title, closingDays, reader);
            if (version is null)
            {
                continue;
            }

            if (versions.LastOrDefault() is { } previous
                && (version.Version <= previous.Version || version.EffectiveFrom <= previous.EffectiveFrom))
            {
                reader.Error(versionPath, $"versions must be listed in order: v{version.Version} from {version.EffectiveFrom:yyyy-MM-dd} does not follow v{previous.Version} from {previous.EffectiveFrom:yyyy-MM-dd}");
                continue;
            }

            versions.Add(version);
        }

        return reader.ErrorCount == errorsBefore ? (id, [.. versions]) : null;
    }
}
