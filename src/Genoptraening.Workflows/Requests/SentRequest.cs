using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Requests;

/// <summary>A command sent to a course (<see cref="CourseService.SubmitAsync"/>): the stored request's id, or the refusal given at once.</summary>
/// <param name="RequestId">The stored request's id (empty when refused at once: nothing was stored).</param>
/// <param name="Course">The course as it stood when the command was sent.</param>
/// <param name="RefusedAtOnce">The refusal when the course could give it at once (it has ended, or is still starting).</param>
public sealed record SentRequest(string RequestId, CourseRecord Course, RequestAnswer? RefusedAtOnce);
