using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>One display of a citizen's CPR number: who saw it, when, on which course. Nothing of the CPR itself.</summary>
/// <param name="At">When it was shown.</param>
/// <param name="CourseId">The course whose citizen it is.</param>
/// <param name="Municipality">The visitator's municipality (the course's own).</param>
/// <param name="Who">The signed-in user as the sign-in names them, e.g. their Entra ID user name.</param>
public sealed record PersonalDataView(Instant At, Guid CourseId, string Municipality, string Who);
