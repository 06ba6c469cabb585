using System.Text.Json;

namespace Genoptraening.Api.Extensions;

/// <summary>
/// <c>local.settings.json</c> in Azure Functions' format, so that one file serves both hosts:
/// <c>Values</c> holds flat settings (<c>Section:Key</c>, or <c>Section__Key</c> as environment
/// variables write it), <c>ConnectionStrings</c> the connection strings. Other sections are the
/// Functions host's own and are not read.
/// </summary>
public static class LocalSettingsFile
{
    private static readonly HashSet<string> KnownSections = new(StringComparer.Ordinal) { "IsEncrypted", "Values", "ConnectionStrings", "Host" };

    public static IConfigurationBuilder AddLocalSettingsFile(this IConfigurationBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddInMemoryCollection(Read(path));
    }

    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        using var document = Parse(path);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: the settings must be a JSON object with \"Values\" and \"ConnectionStrings\".");
        }

        if (document.RootElement.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !KnownSections.Contains(name)) is { } unknown)
        {
            throw new InvalidDataException(
                $"{path}: \"{unknown}\" is not a section of Azure Functions' format; settings go under \"Values\" as flat keys (e.g. \"ApiKeys:0:Name\"), connection strings under \"ConnectionStrings\" (see local.settings.sample.json).");
        }

        foreach (var (section, prefix) in new[] { ("Values", string.Empty), ("ConnectionStrings", "ConnectionStrings:") })
        {
            if (!document.RootElement.TryGetProperty(section, out var entries))
            {
                continue;
            }

            if (entries.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: \"{section}\" must be an object of names and text values.");
            }

            foreach (var entry in entries.EnumerateObject())
            {
                settings[prefix + entry.Name.Replace("__", ":", StringComparison.Ordinal)] = entry.Value.ValueKind switch
                {
                    JsonValueKind.String => entry.Value.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => entry.Value.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => throw new InvalidDataException($"{path}: \"{section}\".\"{entry.Name}\" must be text, a number or a boolean."),
                };
            }
        }

        return settings;
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
