using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store.Sqlite;

namespace Genoptraening.Workflows.Simulation;

/// <summary>
/// Runs scenarios through the real engine: the SQLite store in memory, the runtime, and the timer
/// worker, with a virtual clock moved from event to event. Not a second implementation of the rules.
/// </summary>
public sealed class Simulator(ServiceCatalog catalog)
{
    public async Task<SimulationResult> RunAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await using var store = await SqliteCourseStore.InMemoryAsync(cancellationToken).ConfigureAwait(false);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var clock = new VirtualClock(scenario.Referral.ReceivedAt);
        var runtime = new CourseRuntime(store, catalog, clock);
        var worker = new TimerWorker(store, runtime, clock, new WorkerOptions { Owner = "simulate" });

        var started = await runtime.StartAsync(new StartCourseRequest(scenario.Standard, scenario.Referral), cancellationToken).ConfigureAwait(false);
        if (started is not StepResult.Accepted { CourseId: var courseId })
        {
            throw new InvalidOperationException($"The course could not start: {(started as StepResult.Rejected)?.Reason}");
        }

        var rejected = new List<RejectedEvent>();
        for (var i = 0; i < scenario.Events.Count; i++)
        {
            var occurrence = scenario.Events[i];
            clock.AdvanceTo(occurrence.At);
            await worker.FireDueAsync(occurrence.At, cancellationToken).ConfigureAwait(false);
            if (await runtime.RecordAsync(courseId, occurrence, cancellationToken).ConfigureAwait(false) is StepResult.Rejected refusal)
            {
                rejected.Add(new RejectedEvent(i, occurrence.Type.ToString(), refusal.Reason));
            }
        }

        clock.AdvanceTo(scenario.Until);
        await worker.FireDueAsync(scenario.Until, cancellationToken).ConfigureAwait(false);
        var course = await runtime.LoadAsync(courseId, cancellationToken).ConfigureAwait(false);
        return new SimulationResult(course!.State, rejected);
    }
}
