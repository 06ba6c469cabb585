using System.Globalization;
using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// A course's report facts as its read-model row's <c>Facts</c> column holds them: one short text, so equal
/// facts are equal texts and the report reads just that column.
/// </summary>
public static class FactsText
{
    /// <summary>
    /// The text stored with the course, e.g. <c>contact:met start:breached|b1|tx|w6</c> (flags: free choice, training started,
    /// examined with goals, ended, completed, with continuation, not counted: withdrawn or misdirected, a free-choice provider
    /// chosen, the free choice declined, another municipality), and the plan's
    /// type and level after one more bar when it gives either, e.g. <c>...|w6|almen:basal</c>.
    /// </summary>
    public static string Encode(CourseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var deadlines = string.Join(' ', facts.Deadlines.Select(d => $"{d.Kind.ToWireName()}:{d.Status.ToWireName()}"));
        var flags = string.Concat(
            facts.FreeChoice ? "f" : string.Empty,
            facts.TrainingStarted ? "t" : string.Empty,
            facts.ExaminedWithGoalsAtStart ? "x" : string.Empty,
            facts.Ended ? "e" : string.Empty,
            facts.Completed ? "c" : string.Empty,
            facts.WithContinuation ? "k" : string.Empty,
            facts.NotCounted ? "n" : string.Empty,
            facts.FreeChoiceExercised ? "p" : string.Empty,
            facts.FreeChoiceDeclined ? "d" : string.Empty,
            facts.OtherMunicipality ? "o" : string.Empty);
        var days = facts.WorkingDaysToStart is { } d ? d.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var plan = facts.PlanType is null && facts.Level is null
            ? string.Empty
            : $"|{(facts.PlanType is { } type ? type.ToWireName() : string.Empty)}:{(facts.Level is { } level ? level.ToWireName() : string.Empty)}";
        return string.Create(CultureInfo.InvariantCulture, $"{deadlines}|b{facts.Breaches}|{flags}|w{days}{plan}");
    }

    /// <summary>Reads <see cref="Encode"/>'s text back; throws on a text it did not write.</summary>
    public static CourseFacts Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('|');
        if (parts.Length is not (4 or 5) || !parts[1].StartsWith('b') || !parts[3].StartsWith('w'))
        {
            throw new FormatException($"Not course facts: '{text}'.");
        }

        var deadlines = parts[0].Length == 0 ? [] : parts[0].Split(' ').Select(pair =>
        {
            var (kind, status) = pair.Split(':') is [var k0, var s0] ? (k0, s0) : (string.Empty, string.Empty);
            return WireNames.TryParse<DeadlineKind>(kind, out var k) && WireNames.TryParse<DeadlineStatus>(status, out var s)
                ? (k, s)
                : throw new FormatException($"Not a deadline's status: '{pair}'.");
        }).ToList();
        var flags = parts[2];
        var (planType, level) = parts.Length == 5 ? DecodePlan(parts[4]) : (null, null);
        return new CourseFacts(
            deadlines,
            int.Parse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture),
            flags.Contains('f', StringComparison.Ordinal),
            flags.Contains('t', StringComparison.Ordinal),
            flags.Contains('x', StringComparison.Ordinal),
            flags.Contains('e', StringComparison.Ordinal),
            flags.Contains('c', StringComparison.Ordinal),
            flags.Contains('k', StringComparison.Ordinal),
            parts[3].Length == 1 ? null : int.Parse(parts[3].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture),
            planType,
            level,
            flags.Contains('n', StringComparison.Ordinal),
            flags.Contains('p', StringComparison.Ordinal),
            flags.Contains('d', StringComparison.Ordinal),
            flags.Contains('o', StringComparison.Ordinal));
    }

    private static (PlanType? Type, TrainingLevel? Level) DecodePlan(string text)
    {
        if (text.Split(':') is not [var type, var level])
        {
            throw new FormatException($"Not a plan's type and level: '{text}'.");
        }

        return (
            type.Length == 0 ? null : WireNames.PlanTypes.TryParse(type, out var t) ? t : throw new FormatException($"Not a plan type: '{type}'."),
            level.Length == 0 ? null : WireNames.TrainingLevels.TryParse(level, out var l) ? l : throw new FormatException($"Not a level: '{level}'."));
    }
}
