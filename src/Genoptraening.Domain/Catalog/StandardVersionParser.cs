using System.Text.Json;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>Parses and validates one version of a standard, adding the statutory rules where the law applies.</summary>
internal static class StandardVersionParser
{
    public static StandardVersion? Parse(
        JsonElement element, string path, StandardId id, string title, ClosingDays closingDays, CatalogReader reader)
    {
        if (!reader.IsObject(element, path, "version", "effectiveFrom", "deadlines", "noShowLimit", "extension", "escalation", "targets"))
        {
            return null;
        }

        var errorsBefore = reader.ErrorCount;
        var version = reader.Int(element, path, "version", min: 1);
        var effectiveFrom = reader.Date(element, path, "effectiveFrom");
        var deadlines = ParseDeadlines(element, path, id, reader);
        var noShowLimit = reader.Int(element, path, "noShowLimit", required: false, min: 1);
        var maxExtensionWeeks = ParseExtension(element, path, deadlines, reader);
        var escalation = ParseEscalation(element, path, reader);
        var targets = reader.Array(element, path, "targets", required: false)
            .Select(t => DeadlineRuleParser.ParseTarget(t.Item, t.Path, deadlines, reader))
            .OfType<QualityTarget>()
            .ToList();

        if (reader.ErrorCount > errorsBefore || version is null || effectiveFrom is null)
        {
            return null;
        }

        return new StandardVersion
        {
            Id = id,
            Version = version.Value,
            EffectiveFrom = effectiveFrom.Value,
            Title = title,
            Deadlines = deadlines,
            NoShowLimit = noShowLimit,
            MaxExtensionWeeks = maxExtensionWeeks,
            Escalation = escalation,
            ClosingDays = closingDays,
            Targets = targets,
        };
    }

    private static List<DeadlineRule> ParseDeadlines(JsonElement element, string path, StandardId id, CatalogReader reader)
    {
        var deadlines = new List<DeadlineRule>();
        foreach (var (item, itemPath) in reader.Array(element, path, "deadlines"))
        {
            if (DeadlineRuleParser.ParseDeadline(item, itemPath, id, reader) is not { } rule)
            {
                continue;
            }

            if (deadlines.Any(d => d.Kind == rule.Kind))
            {
                reader.Error(itemPath + ".kind", $"duplicate kind '{rule.Kind.ToWireName()}': each kind occurs at most once per standard");
                continue;
            }

            deadlines.Add(rule);
        }

        if (id.IsHealthAct)
        {
            deadlines.Add(StatutoryRules.StartGuarantee);
        }

        return deadlines;
    }

    private static int ParseExtension(JsonElement element, string path, List<DeadlineRule> deadlines, CatalogReader reader)
    {
        var extensionPath = CatalogReader.Join(path, "extension");
        if (reader.Field(element, path, "extension", required: false) is not { } extension
            || !reader.IsObject(extension, extensionPath, "maxWeeks"))
        {
            return 0;
        }

        var maxWeeks = reader.Int(extension, extensionPath, "maxWeeks", min: 1) ?? 0;
        if (deadlines.All(d => d.Kind != DeadlineKind.End))
        {
            reader.Error(extensionPath, "an extension needs an 'end' deadline to extend");
        }

        return maxWeeks;
    }

    private static EscalationPolicy ParseEscalation(JsonElement element, string path, CatalogReader reader)
    {
        var escalationPath = CatalogReader.Join(path, "escalation");
        if (reader.Field(element, path, "escalation", required: false) is not { } escalation
            || !reader.IsObject(escalation, escalationPath, "warning", "level2AfterWorkingDays"))
        {
            return EscalationPolicy.Default;
        }

        var level2Disabled = escalation.TryGetProperty("level2AfterWorkingDays", out var level2)
            && level2.ValueKind == JsonValueKind.Null;
        return new EscalationPolicy(
            reader.Bool(escalation, escalationPath, "warning") ?? true,
            level2Disabled ? null : reader.Int(escalation, escalationPath, "level2AfterWorkingDays", required: false, min: 0) ?? 2);
    }
}
