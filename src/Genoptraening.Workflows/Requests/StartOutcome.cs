using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Requests;

/// <summary>What intake did with a referral.</summary>
/// <param name="CourseId">The course; null when the referral was refused.</param>
/// <param name="Created">True when this call started the course; false when the referral was known.</param>
/// <param name="Refusal">Why the referral was refused; its field, when it names one, is the input field at fault.</param>
public sealed record StartOutcome(Guid? CourseId, bool Created, Decision.Rejected? Refusal = null)
{
    /// <summary>The refusal's English text, as the API gives it.</summary>
    public string? Reason => Refusal?.Reason;

    public string? Field => Refusal?.Field;
}
