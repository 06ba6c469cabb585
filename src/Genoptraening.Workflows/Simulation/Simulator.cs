using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Clock;

namespace Genoptraening.Workflows.Simulation;

/// <summary>
/// Runs scenarios through the course step's own code in the orchestration's order, on a virtual
/// clock moved from event to event (<see cref="SimulatedCourse"/>). Not a second implementation of
/// the rules, and proven equal to the durable orchestration by a test.
/// </summary>
public sealed class Simulator(ServiceCatalog catalog)
{
    public async Task<SimulationResult> RunAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var course = new SimulatedCourse(catalog, new VirtualClock(scenario.Referral.ReceivedAt));
        await course.StartAsync(scenario.Standard, scenario.Referral, cancellationToken).ConfigureAwait(false);
        var rejected = new List<RejectedEvent>();
        for (var i = 0; i < scenario.Events.Count; i++)
        {
            var occurrence = scenario.Events[i];
            await course.RunTimersUpToAsync(occurrence.At, cancellationToken).ConfigureAwait(false);
            if (await course.RecordAsync(occurrence, cancellationToken).ConfigureAwait(false) is { Refusal: { } refusal })
            {
                rejected.Add(new RejectedEvent(i, occurrence.Type.ToWireName(), refusal.Reason));
            }
        }

        await course.RunTimersUpToAsync(scenario.Until, cancellationToken).ConfigureAwait(false);
        return new SimulationResult(await course.StateAsync(cancellationToken).ConfigureAwait(false), rejected);
    }
}
