using Genoptraening.Domain.Catalog;

namespace Genoptraening.Domain.Reports;

/// <summary>The quality report of one standard for a period: deadlines, targets, waiting times, breaches, free choice.</summary>
/// <param name="Standard">The standard.</param>
/// <param name="Courses">Courses received in the period.</param>
/// <param name="Deadlines">Per deadline kind, how the decided deadlines went.</param>
/// <param name="Targets">The standard's quality targets with their measured shares.</param>
/// <param name="WorkingDaysToStart">Working days from referral to the start of training: median and 90th percentile.</param>
/// <param name="Breaches">Deadlines breached (met late or not at all).</param>
/// <param name="FreeChoiceTriggers">Courses whose start guarantee gave extended free choice.</param>
/// <param name="FreeChoiceExercised">Of those, the citizen chose a provider from the free-choice list.</param>
/// <param name="FreeChoiceDeclined">Of those, the citizen declined and waits for the municipality's own offer.</param>
/// <param name="OtherMunicipality">Courses whose citizen trains in another municipality.</param>
public sealed record QualityFigures(
    StandardId Standard,
    int Courses,
    IReadOnlyList<DeadlineFigures> Deadlines,
    IReadOnlyList<TargetFigures> Targets,
    WaitingFigures WorkingDaysToStart,
    int Breaches,
    int FreeChoiceTriggers,
    int FreeChoiceExercised = 0,
    int FreeChoiceDeclined = 0,
    int OtherMunicipality = 0);
