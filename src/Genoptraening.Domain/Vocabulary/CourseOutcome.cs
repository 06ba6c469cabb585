namespace Genoptraening.Domain.Vocabulary;

/// <summary>How a course ended.</summary>
public enum CourseOutcome
{
    Completed,

    /// <summary>The visitation refused training.</summary>
    Rejected,

    /// <summary>The citizen did not show up as many times as the standard allows.</summary>
    NoShows,

    Cancelled,

    /// <summary>The citizen exercised extended free choice and trains with a private provider.</summary>
    Transferred,

    /// <summary>The citizen trains in another municipality (RULES.md § 4).</summary>
    OtherMunicipality,

    /// <summary>The hospital cancelled the plan (RULES.md § 9). Counts in no quality target.</summary>
    Withdrawn,

    /// <summary>The plan was sent to the wrong municipality (KL: "Fejlafsendt"). Counts in no quality target.</summary>
    Misdirected,
}
