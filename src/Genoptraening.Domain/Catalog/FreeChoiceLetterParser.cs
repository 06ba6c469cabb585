using System.Text.Json;
using System.Text.RegularExpressions;

namespace Genoptraening.Domain.Catalog;

/// <summary>
/// Parses a municipality's <c>freeChoiceLetter</c>: <c>{ "sender": [lines], "subject", "paragraphs": [texts] }</c>,
/// refusing a placeholder the letter does not know, a required one left out, and a provider list inside a paragraph.
/// </summary>
internal static partial class FreeChoiceLetterParser
{
    public const string Field = "freeChoiceLetter";

    public static FreeChoiceLetterTemplate? Parse(JsonElement root, CatalogReader reader)
    {
        if (reader.Field(root, string.Empty, Field, required: false) is not { } element
            || !reader.IsObject(element, Field, "sender", "subject", "paragraphs"))
        {
            return null;
        }

        var errorsBefore = reader.ErrorCount;
        var sender = Texts(element, "sender", reader);
        var subject = reader.String(element, Field, "subject");
        var paragraphs = Texts(element, "paragraphs", reader);
        var all = sender.Select((text, i) => (text, Path: $"{Field}.sender[{i}]"))
            .Append((text: subject ?? string.Empty, Path: $"{Field}.subject"))
            .Concat(paragraphs.Select((text, i) => (text, Path: $"{Field}.paragraphs[{i}]")));
        foreach (var (text, path) in all)
        {
            foreach (Match placeholder in PlaceholderPattern().Matches(text))
            {
                if (!FreeChoiceLetterTemplate.Placeholders.Contains(placeholder.Value))
                {
                    reader.Error(path, $"unknown placeholder {placeholder.Value}; expected one of: {string.Join(", ", FreeChoiceLetterTemplate.Placeholders)}");
                }
                else if (placeholder.Value == FreeChoiceLetterTemplate.ProviderList && text.Trim() != FreeChoiceLetterTemplate.ProviderList)
                {
                    reader.Error(path, $"{FreeChoiceLetterTemplate.ProviderList} stands alone in a paragraph of its own");
                }
            }
        }

        foreach (var required in FreeChoiceLetterTemplate.Required.Where(r => !paragraphs.Any(p => p.Contains(r, StringComparison.Ordinal))))
        {
            reader.Error($"{Field}.paragraphs", $"the letter must use {required}");
        }

        return reader.ErrorCount == errorsBefore && subject is not null ? new FreeChoiceLetterTemplate(sender, subject, paragraphs) : null;
    }

    private static List<string> Texts(JsonElement element, string name, CatalogReader reader)
    {
        var texts = new List<string>();
        var items = reader.Array(element, Field, name);
        if (items.Count == 0 && reader.Field(element, Field, name, required: false) is not null)
        {
            reader.Error($"{Field}.{name}", "needs at least one line");
        }

        foreach (var (item, path) in items)
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
            {
                texts.Add(text);
            }
            else
            {
                reader.Error(path, "expected a non-empty string");
            }
        }

        return texts;
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderPattern();
}
