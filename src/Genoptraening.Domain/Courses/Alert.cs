using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>A warning (level 0) or an escalation (level 1 or 2) raised for a deadline.</summary>
public sealed record Alert(DeadlineKind Kind, int Level, Instant At)
{
    public const int WarningLevel = 0;

    /// <summary>When and how staff acknowledged it; null while it is open.</summary>
    public Acknowledgement? Acknowledged { get; init; }

    public bool IsWarning => Level == WarningLevel;
}
