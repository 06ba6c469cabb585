using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>
/// What a deadline runs from: the receipt of the referral, the plan's discharge date, or the first
/// occurrence of an event (a <c>Visitated</c> anchor means a granted visitation).
/// </summary>
public sealed record Anchor
{
    private Anchor(string wireName, OccurrenceType? occurrence)
    {
        WireName = wireName;
        Occurrence = occurrence;
    }

    public static Anchor Received { get; } = new("received", null);

    /// <summary>The discharge date, or the receipt date without one, or <c>startNotBefore</c> when later.</summary>
    public static Anchor Discharge { get; } = new("discharge", null);

    /// <summary>The events a deadline may run from.</summary>
    public static IReadOnlyList<OccurrenceType> AnchoringOccurrences { get; } =
    [
        OccurrenceType.CitizenContacted,
        OccurrenceType.Visitated,
        OccurrenceType.ProviderContacted,
        OccurrenceType.InitialExaminationHeld,
        OccurrenceType.StartOffered,
        OccurrenceType.TrainingStarted,
        OccurrenceType.MidwayEvaluationHeld,
    ];

    public string WireName { get; }

    /// <summary>The event the deadline runs from, or null for <see cref="Received"/> and <see cref="Discharge"/>.</summary>
    public OccurrenceType? Occurrence { get; }

    public static Anchor After(OccurrenceType occurrence) =>
        AnchoringOccurrences.Contains(occurrence)
            ? new Anchor(occurrence.ToString(), occurrence)
            : throw new ArgumentException($"{occurrence} cannot anchor a deadline.", nameof(occurrence));

    public static bool TryParse(string? wireName, out Anchor anchor)
    {
        anchor = Received;
        if (wireName == Received.WireName)
        {
            return true;
        }

        if (wireName == Discharge.WireName)
        {
            anchor = Discharge;
            return true;
        }

        var occurrence = AnchoringOccurrences.Where(o => o.ToString() == wireName).Select(o => (OccurrenceType?)o).FirstOrDefault();
        if (occurrence is { } found)
        {
            anchor = After(found);
            return true;
        }

        return false;
    }

    public static string ListOfWireNames() =>
        string.Join(", ", new[] { Received.WireName, Discharge.WireName }.Concat(AnchoringOccurrences.Select(o => o.ToString())));

    public override string ToString() => WireName;
}
