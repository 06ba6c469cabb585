using System.Globalization;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>A durable timer a course needs: at <see cref="Due"/>, decide the course with <c>now</c> = Due.</summary>
public sealed record CourseTimer(TimerKind Kind, DeadlineKind Deadline, Instant Due)
{
    /// <summary>A stable id within the course, e.g. <c>breach:contact:1778796000</c>; the engine's timer rows use it.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()}:{Deadline.ToWireName()}:{Due.ToUnixTimeSeconds()}");
}
