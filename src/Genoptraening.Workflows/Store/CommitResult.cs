namespace Genoptraening.Workflows.Store;

/// <summary>How a step's transaction ended.</summary>
public enum CommitResult
{
    Committed,

    /// <summary>Another step changed the course first; nothing was written. Reload and decide again.</summary>
    VersionConflict,

    /// <summary>A course for the same referral exists already; nothing was written.</summary>
    DuplicateReferral,
}
