using System.Text.Json;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>
/// Parses the catalog's free-choice list, the file <see cref="FileName"/>:
/// <c>{ "freeChoiceList": [ { "id", "name", "levels": ["basal", "avanceret"] } ] }</c>.
/// </summary>
internal static class FreeChoiceListParser
{
    public const string FileName = "free-choice-providers.json";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<FreeChoiceProvider> Parse(CatalogSource source, List<CatalogError> errors)
    {
        var reader = new CatalogReader(source.FileName, errors);
        try
        {
            using var document = JsonDocument.Parse(source.Json, Options);
            return Read(document.RootElement, reader);
        }
        catch (JsonException e)
        {
            reader.Error("(root)", $"malformed JSON: {e.Message}");
            return [];
        }
    }

    private static List<FreeChoiceProvider> Read(JsonElement root, CatalogReader reader)
    {
        var providers = new List<FreeChoiceProvider>();
        if (!reader.IsObject(root, string.Empty, "freeChoiceList"))
        {
            return providers;
        }

        foreach (var (item, path) in reader.Array(root, string.Empty, "freeChoiceList"))
        {
            if (!reader.IsObject(item, path, "id", "name", "levels"))
            {
                continue;
            }

            var id = reader.String(item, path, "id");
            var name = reader.String(item, path, "name");
            var levels = new List<TrainingLevel>();
            foreach (var (level, levelPath) in reader.Array(item, path, "levels"))
            {
                if (level.ValueKind == JsonValueKind.String && WireNames.TrainingLevels.TryParse(level.GetString(), out var parsed))
                {
                    levels.Add(parsed);
                }
                else
                {
                    reader.Error(levelPath, $"expected one of: {WireNames.ListOf<TrainingLevel>()}");
                }
            }

            if (id is not null && providers.Any(p => p.Id == id))
            {
                reader.Error(CatalogReader.Join(path, "id"), $"duplicate provider '{id}'");
            }
            else if (id is not null && name is not null && levels.Count > 0)
            {
                providers.Add(new FreeChoiceProvider(id, name, levels));
            }
            else if (levels.Count == 0)
            {
                reader.Error(CatalogReader.Join(path, "levels"), "a provider offers at least one level");
            }
        }

        return providers;
    }
}
