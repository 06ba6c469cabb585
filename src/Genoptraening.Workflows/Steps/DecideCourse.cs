using Genoptraening.Domain.Courses;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// The rules a step decides by: <see cref="CourseDecider.Decide"/> in every host. It is a seam because
/// a deployment changes it under courses in flight, and the steps must take the new code from their
/// next step on without re-deciding the old ones.
/// </summary>
public delegate Decision DecideCourse(CourseState state, CourseCommand command, Instant now);
