namespace Genoptraening.Workflows.Requests;

/// <summary>What intake did with a referral.</summary>
/// <param name="CourseId">The course; null when the referral was refused.</param>
/// <param name="Created">True when this call started the course; false when the referral was known.</param>
/// <param name="Reason">Why the referral was refused.</param>
/// <param name="Field">The input field the refusal names.</param>
public sealed record StartOutcome(Guid? CourseId, bool Created, string? Reason = null, string? Field = null);
