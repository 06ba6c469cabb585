using System.Text.Json;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>Parses a standard's deadline rules and quality targets.</summary>
internal static class DeadlineRuleParser
{
    public static DeadlineRule? ParseDeadline(JsonElement item, string path, StandardId id, CatalogReader reader)
    {
        if (!reader.IsObject(item, path, "kind", "offset", "anchor", "satisfiedBy", "rollForward"))
        {
            return null;
        }

        var errorsBefore = reader.ErrorCount;
        var kind = ParseKind(item, path, reader);
        var offset = ParseOffset(item, path, reader);
        var anchor = ParseAnchor(item, path, id, reader);
        var satisfiedBy = ParseSatisfier(item, path, reader);
        var rollForward = reader.Bool(item, path, "rollForward") ?? false;
        if (kind == DeadlineKind.StartGuarantee)
        {
            reader.Error(path + ".kind", "'startGuarantee' is statutory (Sundhedsloven § 140 stk. 4): the catalog adds it to every sul140 standard, so remove it here");
        }

        if (kind is DeadlineKind.CitizenReply or DeadlineKind.FreeChoiceNotice)
        {
            reader.Error(path + ".kind", $"'{kind.Value.ToWireName()}' is opened by the course itself (RULES.md § 10), not by a standard, so remove it here");
        }

        return reader.ErrorCount > errorsBefore || kind is null || offset is null || anchor is null || satisfiedBy is null
            ? null
            : new DeadlineRule(kind.Value, offset, anchor, satisfiedBy.Value, rollForward);
    }

    public static QualityTarget? ParseTarget(JsonElement item, string path, IReadOnlyList<DeadlineRule> deadlines, CatalogReader reader)
    {
        if (!reader.IsObject(item, path, "metric", "deadline", "share", "text"))
        {
            return null;
        }

        var errorsBefore = reader.ErrorCount;
        var metricName = reader.String(item, path, "metric");
        QualityMetric? metric = WireNames.TryParse<QualityMetric>(metricName, out var m) ? m : null;
        if (metricName is not null && metric is null)
        {
            reader.Error(path + ".metric", $"unknown metric '{metricName}'; expected one of: {WireNames.ListOf<QualityMetric>()}");
        }

        DeadlineKind? deadline = null;
        if (metric == QualityMetric.DeadlineMetOnTime)
        {
            deadline = ParseKind(item, path, reader, "deadline");
            if (deadline is { } kind && deadlines.All(d => d.Kind != kind))
            {
                reader.Error(path + ".deadline", $"the standard has no '{kind.ToWireName()}' deadline");
            }
        }

        var share = reader.Decimal(item, path, "share");
        if (share is <= 0m or > 1m)
        {
            reader.Error(path + ".share", $"must be a share in (0, 1], found {share}");
        }

        var text = reader.String(item, path, "text") ?? string.Empty;
        return reader.ErrorCount > errorsBefore || metric is null || share is null
            ? null
            : new QualityTarget(metric.Value, deadline, share.Value, text);
    }

    private static DeadlineKind? ParseKind(JsonElement item, string path, CatalogReader reader, string field = "kind")
    {
        var name = reader.String(item, path, field);
        if (name is null)
        {
            return null;
        }

        if (WireNames.TryParse<DeadlineKind>(name, out var kind))
        {
            return kind;
        }

        reader.Error(CatalogReader.Join(path, field), $"unknown deadline kind '{name}'; expected one of: {WireNames.ListOf<DeadlineKind>()}");
        return null;
    }

    private static DeadlineOffset? ParseOffset(JsonElement item, string path, CatalogReader reader)
    {
        var offsetPath = CatalogReader.Join(path, "offset");
        if (reader.Field(item, path, "offset", required: true) is not { } offset
            || !reader.IsObject(offset, offsetPath, "amount", "unit"))
        {
            return null;
        }

        var amount = reader.Int(offset, offsetPath, "amount", min: 0);
        var unitName = reader.String(offset, offsetPath, "unit");
        if (unitName is not null && !WireNames.TryParse<OffsetUnit>(unitName, out _))
        {
            reader.Error(offsetPath + ".unit", $"unknown unit '{unitName}'; expected one of: {WireNames.ListOf<OffsetUnit>()}");
            return null;
        }

        return amount is null || unitName is null ? null : new DeadlineOffset(amount.Value, WireNames.TryParse<OffsetUnit>(unitName, out var unit) ? unit : default);
    }

    private static Anchor? ParseAnchor(JsonElement item, string path, StandardId id, CatalogReader reader)
    {
        var name = reader.String(item, path, "anchor");
        if (name is null)
        {
            return null;
        }

        if (!Anchor.TryParse(name, out var anchor))
        {
            reader.Error(path + ".anchor", $"unknown anchor '{name}'; expected one of: {Anchor.ListOfWireNames()}");
            return null;
        }

        if (anchor == Anchor.Discharge && !id.IsHealthAct)
        {
            reader.Error(path + ".anchor", "'discharge' needs a hospital's plan: only sul140 standards have a discharge date");
            return null;
        }

        return anchor;
    }

    private static OccurrenceType? ParseSatisfier(JsonElement item, string path, CatalogReader reader)
    {
        var name = reader.String(item, path, "satisfiedBy");
        if (name is null)
        {
            return null;
        }

        var satisfier = DeadlineRule.Satisfiers.Where(s => s.ToString() == name).Select(s => (OccurrenceType?)s).FirstOrDefault();
        if (satisfier is null)
        {
            reader.Error(path + ".satisfiedBy", $"unknown satisfier '{name}'; expected one of: {string.Join(", ", DeadlineRule.Satisfiers)}");
        }

        return satisfier;
    }
}
