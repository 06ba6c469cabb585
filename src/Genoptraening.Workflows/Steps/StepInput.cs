namespace Genoptraening.Workflows.Steps;

/// <summary>What the orchestrator hands the step activity: the step's number and what woke the course.</summary>
/// <param name="CourseId">The course (the orchestration's instance id).</param>
/// <param name="Step">1 for the start, then one more per winner of the loop's race.</param>
/// <param name="Attempt">1 for the first try of this step, counting retries after failures.</param>
/// <param name="Request">The raw request <c>{ requestId, type, at }</c> when a request woke the course.</param>
/// <param name="TimerDue">The timer's due instant when a timer woke the course.</param>
/// <param name="FirstTry">Whether this is the step's very first attempt (not a retry, nor a retry of a faulted course): only then is
/// a timer's lateness measured. Absent (true) in inputs recorded before it existed.</param>
public sealed record StepInput(string CourseId, int Step, int Attempt, string? Request, DateTimeOffset? TimerDue, bool FirstTry = true);
