using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.InMemory;
using NodaTime;

namespace Genoptraening.Workflows.Simulation;

/// <summary>
/// One course run by the step activity's own code (<see cref="CourseStep"/>, its stores in memory) in
/// the course orchestrator's order, without a Durable Task backend: the start step, then each timer
/// at its due instant and each request at its instant, the earlier first and a timer before a
/// request at the same instant, as the loop's race gives them when the clock moves to the request.
/// </summary>
internal sealed class SimulatedCourse
{
    /// <summary>Who a simulated course's requests are from.</summary>
    private const string Simulated = "simulate";

    private static readonly Guid CourseId = CourseIds.For("simulate");
    private readonly InMemoryCourseEventStore events = new();
    private readonly ServiceCatalog catalog;
    private readonly VirtualClock clock;
    private readonly CourseStep step;
    private StepOutcome outcome = new(0, null, null, null);

    public SimulatedCourse(ServiceCatalog catalog, VirtualClock clock)
    {
        this.catalog = catalog;
        this.clock = clock;
        step = new CourseStep(events, new InMemoryCourseReadModel(), new InMemoryAlertSender(), catalog, clock, CourseDecider.Decide);
    }

    /// <summary>Starts the course as intake does; throws when it cannot start (the scenario reader checks this first).</summary>
    public async Task StartAsync(StandardId standard, Referral referral, CancellationToken cancellationToken)
    {
        var rules = catalog.VersionFor(standard, referral.ReceivedDate)
            ?? throw new InvalidOperationException($"{standard} has no version in effect on {referral.ReceivedDate}.");
        var start = StoredRequest.Of(RaisedRequest.Start, clock.GetCurrentInstant(), new CourseCommand.StartCourse(rules, referral), Simulated);
        await events.TryCreateAsync(CourseId, start, cancellationToken: cancellationToken).ConfigureAwait(false);
        await StepAsync(new RaisedRequest(start.RequestId, RaisedRequest.Start, referral.ReceivedAt).ToJson(), null, cancellationToken).ConfigureAwait(false);
        if (outcome.Outcome == CourseStep.NotStarted)
        {
            var answer = await events.LoadAnswerAsync(CourseId, start.RequestId, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"The course could not start: {answer?.Reason}");
        }
    }

    /// <summary>Takes every timer step due at or before <paramref name="until"/>, each at its due instant.</summary>
    public async Task RunTimersUpToAsync(Instant until, CancellationToken cancellationToken)
    {
        while (outcome is { Outcome: null, NextDue: { } due } && Instant.FromDateTimeOffset(due) <= until)
        {
            clock.AdvanceTo(Instant.FromDateTimeOffset(due));
            await StepAsync(null, due, cancellationToken).ConfigureAwait(false);
        }

        clock.AdvanceTo(until);
    }

    /// <summary>Records an occurrence at its instant, as a request through the loop; the answer says whether it was taken.</summary>
    public async Task<RequestAnswer> RecordAsync(Occurrence occurrence, CancellationToken cancellationToken)
    {
        var history = (await events.LoadAsync(CourseId, cancellationToken).ConfigureAwait(false))!;
        var command = new CourseCommand.Record(occurrence);
        var request = StoredRequest.Of($"request-{outcome.Step + 1}", clock.GetCurrentInstant(), command, Simulated);
        if (CourseService.RefusalOfEnded(ReplayedCourse.Of(history, catalog).State, command, request.DecideAt) is { } refused)
        {
            return new RequestAnswer(string.Empty, history.LastStep, refused);
        }

        await events.SaveRequestAsync(CourseId, request, cancellationToken).ConfigureAwait(false);
        await StepAsync(new RaisedRequest(request.RequestId, occurrence.Type.ToWireName(), occurrence.At).ToJson(), null, cancellationToken).ConfigureAwait(false);
        return (await events.LoadAnswerAsync(CourseId, request.RequestId, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<CourseState> StateAsync(CancellationToken cancellationToken) =>
        ReplayedCourse.Of((await events.LoadAsync(CourseId, cancellationToken).ConfigureAwait(false))!, catalog).State;

    private async Task StepAsync(string? request, DateTimeOffset? timerDue, CancellationToken cancellationToken)
    {
        // In memory nothing fails but a bug, which throws out of the step: no retry to imitate.
        outcome = await step.RunAsync(new StepInput(CourseId.ToString("D"), outcome.Step + 1, 1, request, timerDue), cancellationToken)
            .ConfigureAwait(false);
    }
}
