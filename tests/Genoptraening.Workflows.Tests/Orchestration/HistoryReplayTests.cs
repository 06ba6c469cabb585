using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Tests.Support;
using Microsoft.DurableTask;
using NodaTime;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Orchestration;

/// <summary>
/// The course loop is frozen at version 1: histories recorded from it (in <c>Orchestration/Histories/v1</c>,
/// recorded on 2026-11-29 with the loop that keeps its timer, before any host ran a course on it)
/// must replay against today's code, decision for decision. A changed loop is a new orchestrator.
/// </summary>
public class HistoryReplayTests
{
    public static TheoryData<string> RecordedVersion1 =>
        [.. Directory.GetFiles(RecordedHistory.Folder("v1"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(RecordedVersion1))]
    public void RecordedHistoryOfVersion1_ReplaysOnTodaysLoop(string file) =>
        AssertReplays(RecordedHistory.FromJson(File.ReadAllText(Path.Combine(RecordedHistory.Folder("v1"), file))));

    [Fact]
    public void RecordedHistory_OnALoopThatDecidesDifferently_DoesNotReplay()
    {
        var events = RecordedHistory.FromJson(File.ReadAllText(Path.Combine(RecordedHistory.Folder("v1"), "completed-course.json")));

        OrchestratorExecutionResult? result = null;
        var error = Xunit.Record.Exception(() => result = RecordedHistory.Replay(events, new LoopWithARenamedStep()));

        var failed = result?.Actions.OfType<OrchestrationCompleteOrchestratorAction>().Any(a => a.OrchestrationStatus == OrchestrationStatus.Failed);
        Assert.True(error is not null || failed == true, $"The changed loop replayed: {result?.Actions.Count()} actions.");
    }

    /// <summary>
    /// Records today's loop over three courses and replays them. With GENOPTRAENING_RECORD_HISTORIES
    /// set to a folder, writes them there: how <c>Orchestration/Histories/v1</c> was made.
    /// </summary>
    [Fact]
    public async Task FreshHistories_OfTodaysLoop_Replay()
    {
        var recorded = await RecordAsync();
        var target = Environment.GetEnvironmentVariable("GENOPTRAENING_RECORD_HISTORIES");
        foreach (var (name, events) in recorded)
        {
            AssertReplays(events);
            if (!string.IsNullOrEmpty(target))
            {
                await File.WriteAllTextAsync(Path.Combine(target, $"{name}.json"), RecordedHistory.ToJson(events));
            }
        }

        Assert.Equal(3, recorded.Count);
    }

    /// <summary>Every recorded decision is made again, and nothing new is asked for but the recorded end.</summary>
    private static void AssertReplays(IReadOnlyList<HistoryEvent> events)
    {
        var result = RecordedHistory.Replay(events, new CourseOrchestrator());

        if (events.OfType<ExecutionCompletedEvent>().SingleOrDefault() is { } completed)
        {
            var end = Assert.IsType<OrchestrationCompleteOrchestratorAction>(Assert.Single(result.Actions));
            Assert.Equal(completed.OrchestrationStatus, end.OrchestrationStatus);
            Assert.Equal(completed.Result, end.Result);
        }
        else
        {
            Assert.Empty(result.Actions);
        }
    }

    private static async Task<Dictionary<string, IReadOnlyList<HistoryEvent>>> RecordAsync() => new()
    {
        ["completed-course"] = await RecordCompletedCourseAsync(),
        ["requests-in-flight"] = await RecordRequestsInFlightAsync(),
        ["faulted-then-retried"] = await RecordFaultedThenRetriedAsync(),
    };

    private static async Task<IReadOnlyList<HistoryEvent>> RecordCompletedCourseAsync()
    {
        await using var courses = await DurableCourses.StartAsync(At("2026-05-08T10:00:00+02:00"));
        var completed = await DurableRun.RunAsync(courses, Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-08-01T00:00:00+02:00",
            new CitizenContacted(At("2026-05-11T09:30:00+02:00")), new StartOffered(At("2026-05-12T13:00:00+02:00"), D("2026-05-18")),
            new TrainingStarted(At("2026-05-18T09:00:00+02:00")), new CourseCompleted(At("2026-07-20T12:00:00+02:00"), true, null)), "completed");
        return courses.Histories.Of(completed.CourseId.ToString("D"));
    }

    /// <summary>Two requests raised together while a timer is pending; the second is refused.</summary>
    private static async Task<IReadOnlyList<HistoryEvent>> RecordRequestsInFlightAsync()
    {
        var received = At("2026-07-31T10:00:00+02:00");
        await using var courses = await DurableCourses.StartAsync(received);
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(received), "in-flight");
        await courses.AdvanceToAsync(At("2026-08-03T12:00:00+02:00"));
        var first = courses.SubmitAsync(courseId, new TrainingStarted(At("2026-08-03T11:00:00+02:00")));
        var second = courses.SubmitAsync(courseId, new TrainingStarted(At("2026-08-03T11:00:00+02:00")));
        await courses.AnswerAsync(courseId, await first);
        await courses.AnswerAsync(courseId, await second);
        await courses.IdleAsync();
        return courses.Histories.Of(courseId.ToString("D"));
    }

    /// <summary>A warning step that fails every attempt, is alerted, and succeeds after an operator's retry.</summary>
    private static async Task<IReadOnlyList<HistoryEvent>> RecordFaultedThenRetriedAsync()
    {
        var received = At("2026-08-03T13:00:00+02:00");
        await using var courses = await DurableCourses.StartAsync(received);
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(received, D("2026-08-03")), "faulted");
        courses.Events.FailAppends(StepRetryPolicy.MaxAttempts);
        var warningAt = Instant.FromDateTimeOffset((await courses.Orchestrations.GetAsync(courseId))!.Status!.NextDue!.Value);
        foreach (var at in new[] { warningAt, warningAt + Duration.FromSeconds(10), warningAt + Duration.FromSeconds(30) })
        {
            await courses.AdvanceToAsync(at);
        }

        await courses.Orchestrations.RetryAsync(courseId);
        await courses.IdleAsync();
        return courses.Histories.Of(courseId.ToString("D"));
    }

    /// <summary>A loop that names its step activity differently: what an unversioned change would do.</summary>
    private sealed class LoopWithARenamedStep : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            (await context.CallActivityAsync<StepOutcome>("CourseStep", new StepInput(context.InstanceId, 1, 1, input, null))).Outcome ?? "";
    }
}
