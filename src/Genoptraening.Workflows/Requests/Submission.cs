using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Requests;

/// <summary>A request sent to a course: its id, or the course's refusal when it could be given at once.</summary>
/// <param name="RequestId">The stored request's id (empty when refused at once: nothing was stored).</param>
/// <param name="RefusedAtOnce">The decider's refusal against the course as it stands (an ended course refuses everything).</param>
public sealed record Submission(string RequestId, RequestAnswer? RefusedAtOnce);
