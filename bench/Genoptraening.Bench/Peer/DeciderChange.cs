using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Steps;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// The "deployment": the decider's code changed between two steps of courses in flight, as a rules
/// fix would change it. The new code decides as <see cref="CourseDecider.Decide"/> with the course's
/// standard changed; each change is idempotent (made from the catalog's version, so state that the
/// changed code produced is not changed twice).
/// </summary>
internal static class DeciderChange
{
    /// <summary>Every deadline counted in days or working days falls due one day later.</summary>
    public const string DeadlineLater = "deadline-later";

    /// <summary>A breached deadline escalates to level 2 after one working day instead of two.</summary>
    public const string Level2Sooner = "level2-sooner";

    public static DecideCourse Of(string change, ServiceCatalog catalog) => change switch
    {
        DeadlineLater => With(rules => rules with { Deadlines = [.. Original(catalog, rules).Deadlines.Select(OneDayLater)] }),
        Level2Sooner => With(rules => rules with { Escalation = rules.Escalation with { Level2AfterWorkingDays = 1 } }),
        _ => throw new ArgumentException($"Unknown change '{change}': {DeadlineLater} or {Level2Sooner}.", nameof(change)),
    };

    private static DecideCourse With(Func<StandardVersion, StandardVersion> change) => (state, command, now) => CourseDecider.Decide(
        state.Rules is { } rules ? state with { Rules = change(rules) } : state,
        command is CourseCommand.StartCourse start ? start with { Rules = change(start.Rules) } : command,
        now);

    private static StandardVersion Original(ServiceCatalog catalog, StandardVersion rules) => catalog.Version(rules.Id, rules.Version) ?? rules;

    private static DeadlineRule OneDayLater(DeadlineRule rule) => rule.Offset.Unit is OffsetUnit.Days or OffsetUnit.WorkingDays
        ? rule with { Offset = rule.Offset with { Amount = rule.Offset.Amount + 1 } }
        : rule;
}
