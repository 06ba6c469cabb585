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

namespace Genoptraening.Bench.Reads;

/// <summary>What one course leaves in storage: its partition of the event store and its read-model row.</summary>
internal sealed record SeededPartition(Guid CourseId, CourseHistory History, IReadOnlyList<StoredRequest> Requests, IReadOnlyList<RequestAnswer> Answers, CourseSummary Summary);

/// <summary>
/// One course taken through the step activity's own code (<see cref="CourseStep"/>) on in-memory stores,
/// in the orchestration's order (the start, each timer at its due instant, each event at its instant)
/// up to <c>now</c>: its partition and read-model row are then what the host's steps would have written.
/// </summary>
internal sealed class SeededCourse
{
    private readonly Guid courseId;
    private readonly InMemoryCourseEventStore events = new();
    private readonly InMemoryCourseReadModel readModel = new();
    private readonly ServiceCatalog catalog;
    private readonly VirtualClock clock;
    private readonly CourseStep step;
    private readonly List<string> requestIds = [];
    private StepOutcome outcome = new(0, null, null, null);

    private SeededCourse(Guid courseId, ServiceCatalog catalog, Instant receivedAt)
    {
        this.courseId = courseId;
        this.catalog = catalog;
        clock = new VirtualClock(receivedAt);
        step = new CourseStep(events, readModel, new InMemoryAlertSender(), catalog, clock, CourseDecider.Decide);
    }

    public static async Task<SeededPartition> RunAsync(Guid courseId, CoursePlan plan, ServiceCatalog catalog, Instant now)
    {
        var course = new SeededCourse(courseId, catalog, plan.Referral.ReceivedAt);
        await course.StartAsync(plan);
        foreach (var occurrence in plan.Occurrences.TakeWhile(o => o.At <= now))
        {
            await course.RunTimersUpToAsync(occurrence.At);
            await course.RecordAsync(occurrence);
        }

        await course.RunTimersUpToAsync(now);
        return await course.PartitionAsync(plan.Standard.Municipality);
    }

    private async Task StartAsync(CoursePlan plan)
    {
        var rules = catalog.VersionFor(plan.Standard, plan.Referral.ReceivedDate)
            ?? throw new InvalidOperationException($"{plan.Standard} has no version in effect on {plan.Referral.ReceivedDate}.");
        var start = StoredRequest.Of(RaisedRequest.Start, clock.GetCurrentInstant(), new CourseCommand.StartCourse(rules, plan.Referral), "bench");
        await events.TryCreateAsync(courseId, start, plan.ReferralKey);
        requestIds.Add(start.RequestId);
        await StepAsync(new RaisedRequest(start.RequestId, RaisedRequest.Start, plan.Referral.ReceivedAt).ToJson(), null);
    }

    private async Task RunTimersUpToAsync(Instant until)
    {
        while (outcome is { Outcome: null, NextDue: { } due } && Instant.FromDateTimeOffset(due) <= until)
        {
            clock.AdvanceTo(Instant.FromDateTimeOffset(due));
            await StepAsync(null, due);
        }

        clock.AdvanceTo(until);
    }

    /// <summary>As the API records an event: refused at once (nothing stored) or saved and taken by a step.</summary>
    private async Task RecordAsync(Occurrence occurrence)
    {
        if (outcome.Outcome is not null)
        {
            return;
        }

        var history = (await events.LoadAsync(courseId))!;
        var command = new CourseCommand.Record(occurrence);
        var request = StoredRequest.Of($"bench-{outcome.Step + 1}", clock.GetCurrentInstant(), command, "bench");
        if (CourseService.RefusalOfEnded(ReplayedCourse.Of(history, catalog).State, command, request.DecideAt) is not null)
        {
            return;
        }

        await events.SaveRequestAsync(courseId, request);
        requestIds.Add(request.RequestId);
        await StepAsync(new RaisedRequest(request.RequestId, occurrence.Type.ToWireName(), occurrence.At).ToJson(), null);
    }

    private async Task StepAsync(string? request, DateTimeOffset? timerDue) =>
        outcome = await step.RunAsync(new StepInput(courseId.ToString("D"), outcome.Step + 1, 1, request, timerDue));

    private async Task<SeededPartition> PartitionAsync(string municipality)
    {
        var requests = new List<StoredRequest>();
        var answers = new List<RequestAnswer>();
        foreach (var id in requestIds)
        {
            requests.Add((await events.LoadRequestAsync(courseId, id))!);
            if (await events.LoadAnswerAsync(courseId, id) is { } answer)
            {
                answers.Add(answer);
            }
        }

        var summary = await readModel.FindAsync(municipality, courseId)
            ?? throw new InvalidOperationException($"Course {courseId} did not start: no read-model row.");
        return new SeededPartition(courseId, (await events.LoadAsync(courseId))!, requests, answers, summary);
    }
}
