using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// The step's answer to a request, written in the same batch as the events it appended, so a caller
/// polling for it sees the course already changed.
/// </summary>
/// <param name="RequestId">The request answered.</param>
/// <param name="Step">The step that answered it.</param>
/// <param name="Refusal">The decider's refusal (its code, arguments and field); null when the course took the request.</param>
public sealed record RequestAnswer(string RequestId, int Step, Decision.Rejected? Refusal = null)
{
    public bool Accepted => Refusal is null;

    /// <summary>The refusal's English text, as the API gives it; null when accepted.</summary>
    public string? Reason => Refusal?.Reason;
}
