namespace Genoptraening.Workflows.Storage;

/// <summary>
/// The step's answer to a request, written in the same batch as the events it appended, so a caller
/// polling for it sees the course already changed.
/// </summary>
/// <param name="RequestId">The request answered.</param>
/// <param name="Step">The step that answered it.</param>
/// <param name="Accepted">True when the course took the request.</param>
/// <param name="Rejection">The decider's rejection kind (wire name) when refused.</param>
/// <param name="Reason">The decider's reason when refused, written for the person who asked.</param>
/// <param name="Field">The offending input field, when the rejection names one.</param>
public sealed record RequestAnswer(string RequestId, int Step, bool Accepted, string? Rejection = null, string? Reason = null, string? Field = null);
