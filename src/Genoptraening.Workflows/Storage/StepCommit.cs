namespace Genoptraening.Workflows.Storage;

/// <summary>What one step writes to the course's partition, all or nothing.</summary>
/// <param name="Step">The step number; refused unless it is above the last step written.</param>
/// <param name="ExpectedVersion">The version the step was decided on; refused if the course moved since.</param>
/// <param name="Events">The new events, numbered from <paramref name="ExpectedVersion"/> + 1.</param>
/// <param name="Answer">The answer to the step's request; null for a timer step.</param>
public sealed record StepCommit(int Step, int ExpectedVersion, IReadOnlyList<StoredCourseEvent> Events, RequestAnswer? Answer)
{
    /// <summary>The step number of a course's start: the first step the orchestration takes.</summary>
    public const int StartStep = 1;
}
