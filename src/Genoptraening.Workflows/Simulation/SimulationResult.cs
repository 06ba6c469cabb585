using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Simulation;

/// <summary>What happened to a simulated course: its state at <c>until</c> and the events it refused.</summary>
public sealed record SimulationResult(CourseState State, IReadOnlyList<RejectedEvent> Rejected);
