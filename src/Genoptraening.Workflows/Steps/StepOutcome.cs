namespace Genoptraening.Workflows.Steps;

/// <summary>What the step activity returns to the loop. No personal data, no free text.</summary>
/// <param name="Step">The step taken.</param>
/// <param name="RequestId">The request the step answered, when a request woke the course.</param>
/// <param name="NextDue">The course's next timer; null when nothing is due.</param>
/// <param name="Outcome">The outcome's wire name once the course has ended; the loop then ends.</param>
/// <param name="Failure">Set when the step failed and changed nothing.</param>
public sealed record StepOutcome(int Step, string? RequestId, DateTimeOffset? NextDue, string? Outcome, StepFailure? Failure = null);

/// <summary>A failed step: the kind of error (never its message, which may quote data) and when to try again.</summary>
/// <param name="Error">The exception's type name.</param>
/// <param name="RetryAt">By the injected clock: when the loop tries the step again.</param>
public sealed record StepFailure(string Error, DateTimeOffset RetryAt);
