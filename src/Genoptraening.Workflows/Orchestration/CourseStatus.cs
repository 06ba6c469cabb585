namespace Genoptraening.Workflows.Orchestration;

/// <summary>
/// The orchestration's custom status: small and free of personal data (Durable Task keeps it in its
/// instance table, limited to 16 KB).
/// </summary>
/// <param name="Step">The last step taken.</param>
/// <param name="LastRequestId">The last request answered.</param>
/// <param name="NextDue">The course's next timer.</param>
/// <param name="Outcome">Set once the course has ended.</param>
/// <param name="Faulted">True while a step keeps failing and waits for an operator's retry.</param>
/// <param name="Error">While faulted: the last error's type name (never its message, which may quote data).</param>
/// <param name="Attempts">While faulted: how many times the step has been tried.</param>
/// <param name="RetriesAt">While faulted: when the step is tried again without an operator.</param>
public sealed record CourseStatus(
    int Step, string? LastRequestId, DateTimeOffset? NextDue, string? Outcome, bool Faulted, string? Error = null, int Attempts = 0, DateTimeOffset? RetriesAt = null);
