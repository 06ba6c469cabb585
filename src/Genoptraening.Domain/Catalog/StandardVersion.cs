using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Catalog;

/// <summary>
/// One version of one standard's rules. A course keeps the version it started with; a new version
/// applies to new courses only.
/// </summary>
public sealed record StandardVersion
{
    public required StandardId Id { get; init; }

    public required int Version { get; init; }

    /// <summary>Courses received on or after this date get this version (until a later one takes over).</summary>
    public required LocalDate EffectiveFrom { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The municipality's name as its citizens know it, e.g. "Rebild Kommune" (its id when the catalog gives none).</summary>
    public string MunicipalityName { get; init; } = string.Empty;

    /// <summary>
    /// The national free-choice list the citizen chooses a provider from (RULES.md § 10); empty when the catalog has none,
    /// and then no provider is checked.
    /// </summary>
    public IReadOnlyList<FreeChoiceProvider> FreeChoiceList { get; init; } = [];

    /// <summary>
    /// The municipality's own approved providers, which <c>ProviderContacted</c> may name (RULES.md § 10); empty when
    /// its catalog file lists none, and then no provider is checked.
    /// </summary>
    public IReadOnlyList<MunicipalProvider> MunicipalProviders { get; init; } = [];

    /// <summary>
    /// How many years after a course ended the municipality keeps it (<c>retentionYears</c> in its catalog file, default
    /// <see cref="DefaultRetentionYears"/>); then the daily retention sweep purges it.
    /// </summary>
    public int RetentionYears { get; init; } = DefaultRetentionYears;

    /// <summary>
    /// Ten years: a course is a health record (the plan, the examinations, the training), and Danish law has health
    /// professionals keep their records at least ten years after the last entry (journalføringsbekendtgørelsen § 15).
    /// </summary>
    public const int DefaultRetentionYears = 10;

    /// <summary>The municipality's letter of the extended free choice; null when its catalog file has none.</summary>
    public FreeChoiceLetterTemplate? FreeChoiceLetter { get; init; }

    /// <summary>The deadlines, in the order they are listed; statutory ones last.</summary>
    public required IReadOnlyList<DeadlineRule> Deadlines { get; init; }

    /// <summary>The no-show that ends the course (the 2nd, the 3rd); null when no-shows only count.</summary>
    public int? NoShowLimit { get; init; }

    /// <summary>How many weeks the end deadline may be extended in all; 0 when no extension is allowed.</summary>
    public int MaxExtensionWeeks { get; init; }

    public EscalationPolicy Escalation { get; init; } = EscalationPolicy.Default;

    public ClosingDays ClosingDays { get; init; } = ClosingDays.Default;

    public IReadOnlyList<QualityTarget> Targets { get; init; } = [];

    /// <summary>The municipality's working-day calendar, built from <see cref="ClosingDays"/>.</summary>
    public WorkingDayCalendar Calendar => new(ClosingDays);

    public DeadlineRule? RuleFor(DeadlineKind kind) => Deadlines.FirstOrDefault(d => d.Kind == kind);

    public override string ToString() => $"{Id} v{Version}";
}
