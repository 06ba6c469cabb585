using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using NodaTime;

namespace Genoptraening.Workflows.Simulation;

/// <summary>One course to simulate (contracts/simulate.md): a referral, events in time order, and how far to run.</summary>
public sealed record Scenario(StandardId Standard, Referral Referral, IReadOnlyList<Occurrence> Events, Instant Until);
