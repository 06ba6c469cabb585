using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>Rules set by law rather than by a municipality; the catalog adds them where the law applies.</summary>
public static class StatutoryRules
{
    /// <summary>
    /// Sundhedsloven § 140 stk. 4 (RULES.md § 5): start offered within 7 days after discharge (or after
    /// <c>startNotBefore</c>), or the citizen gets extended free choice of provider. Waived when the
    /// citizen declines the offer or misses the municipality's response deadline.
    /// </summary>
    public static DeadlineRule StartGuarantee { get; } =
        new(DeadlineKind.StartGuarantee, new DeadlineOffset(7, OffsetUnit.Days), Anchor.Discharge, OccurrenceType.StartOffered)
        {
            WaivedBy = [OccurrenceType.StartOfferDeclined, OccurrenceType.CitizenMissedResponseDeadline],
            BreachTriggersFreeChoice = true,
        };

    /// <summary>The basis (lovgrundlag) whose standards carry the start guarantee.</summary>
    public const string HealthActBasis = "sul140";
}
