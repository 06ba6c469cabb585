namespace Genoptraening.Domain.Courses;

/// <summary>Why a command was refused: bad input (HTTP 400) or a course that cannot take it now (HTTP 409).</summary>
public enum RejectionKind
{
    /// <summary>The command itself is wrong: an instant in the future, a negative extension.</summary>
    InvalidInput,

    /// <summary>The command does not fit the course's state (RULES.md § 4).</summary>
    NotAllowed,
}
