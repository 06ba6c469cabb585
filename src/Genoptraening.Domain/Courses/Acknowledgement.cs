using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>A visitator's acknowledgement of a warning or escalation, with a comment.</summary>
public sealed record Acknowledgement(Instant At, string Comment, string By);
