namespace Genoptraening.Domain.Vocabulary;

/// <summary>What a timer does when it fires.</summary>
public enum TimerKind
{
    Warning,
    Breach,
    Level2Escalation,
}
