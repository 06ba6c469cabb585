namespace Genoptraening.Workflows.Orchestration;

/// <summary>What the task hub says of a course's orchestration.</summary>
/// <param name="RuntimeStatus">Running, Completed, Failed, ...</param>
/// <param name="Status">The loop's custom status, once it has taken a step.</param>
/// <param name="Output">The outcome, once completed; the failure, once failed.</param>
public sealed record CourseOrchestrationState(string RuntimeStatus, CourseStatus? Status, string? Output)
{
    public bool IsRunning => RuntimeStatus is "Running" or "Pending";
}
