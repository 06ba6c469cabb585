using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Tests.Support;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Requests;

/// <summary>Requests raised together, some while a step runs: each answered once, in the order raised, none lost.</summary>
public class RequestOrderTests
{
    private static readonly NodaTime.Instant Received = At("2026-09-07T10:00:00+02:00");

    [Fact]
    public async Task ManyRequests_SomeWhileAStepRuns_EachAnsweredOnceInOrder()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "order");
        await courses.AdvanceToAsync(At("2026-09-07T16:00:00+02:00"));
        Occurrence[] asked =
        [
            new CitizenContacted(At("2026-09-07T11:00:00+02:00")),
            new Visitated(At("2026-09-07T12:00:00+02:00"), true, TrainingLevel.Basal),
            new ProviderContacted(At("2026-09-07T13:00:00+02:00")),
            new InitialExaminationHeld(At("2026-09-07T14:00:00+02:00")),
            new TrainingStarted(At("2026-09-07T15:00:00+02:00")),
            new MidwayEvaluationHeld(At("2026-09-07T15:30:00+02:00")),
        ];

        courses.Events.CloseGate();
        var first = await courses.SubmitAsync(courseId, asked[0]);
        await courses.Events.AppendHeld.WaitAsync(TimeSpan.FromSeconds(30));
        var rest = new List<Workflows.Requests.SentRequest?>();
        foreach (var occurrence in asked.Skip(1))
        {
            rest.Add(await courses.SubmitAsync(courseId, occurrence));
        }

        courses.Events.OpenGate();
        var answers = new List<Workflows.Storage.RequestAnswer>();
        foreach (var submission in rest.Prepend(first))
        {
            answers.Add(await courses.AnswerAsync(courseId, submission));
        }

        Assert.All(answers, a => Assert.True(a.Accepted, a.Reason));
        Assert.Equal([.. answers.Select(a => a.Step).Order()], answers.Select(a => a.Step));
        Assert.Equal(answers.Count, answers.Select(a => a.Step).Distinct().Count());
        var recorded = (await courses.StateAsync(courseId)).Occurrences;
        Assert.Equal(asked.Select(o => o.Type), recorded.Select(o => o.Type));
    }

    [Fact]
    public async Task TwoConflictingRequests_OneAccepted_TheOtherRefusedWithTheDecidersReason()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "conflict");
        await courses.AdvanceToAsync(At("2026-09-08T12:00:00+02:00"));
        var startedAt = At("2026-09-08T11:00:00+02:00");

        var one = courses.SubmitAsync(courseId, new TrainingStarted(startedAt));
        var other = courses.SubmitAsync(courseId, new TrainingStarted(startedAt));
        var answers = new[] { await courses.AnswerAsync(courseId, await one), await courses.AnswerAsync(courseId, await other) };

        Assert.Single(answers, a => a.Accepted);
        var refused = Assert.Single(answers, a => !a.Accepted);
        Assert.Equal(RejectionCode.TrainingAlreadyStarted, refused.Refusal!.Code);
        Assert.Contains("training has already started", refused.Reason, StringComparison.Ordinal);
        Assert.Single((await courses.StateAsync(courseId)).Occurrences, o => o.Type == OccurrenceType.TrainingStarted);
    }

    [Fact]
    public async Task RequestToAnEndedCourse_IsRefusedAtOnceWithTheDecidersReason()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "ended");
        await courses.AdvanceToAsync(At("2026-09-08T12:00:00+02:00"));
        Assert.True((await courses.RecordAsync(courseId, new CourseCancelled(At("2026-09-08T11:00:00+02:00"), "flyttet"))).Accepted);
        await courses.IdleAsync();
        Assert.Equal("Completed", (await courses.Orchestrations.GetAsync(courseId))!.RuntimeStatus);

        var late = await courses.SubmitAsync(courseId, new CitizenContacted(At("2026-09-08T12:00:00+02:00")));

        Assert.NotNull(late!.RefusedAtOnce);
        Assert.Contains("the course has ended (outcome: cancelled)", late.RefusedAtOnce.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameRequestDeliveredTwice_IsAnsweredAndRecordedOnce()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "twice");
        await courses.AdvanceToAsync(At("2026-09-07T12:00:00+02:00"));
        var contacted = new CitizenContacted(At("2026-09-07T11:00:00+02:00"));
        var submission = await courses.SubmitAsync(courseId, contacted);
        var answer = await courses.AnswerAsync(courseId, submission);

        await courses.Orchestrations.RaiseAsync(courseId, new Workflows.Serialization.RaisedRequest(submission!.RequestId, nameof(CitizenContacted), contacted.At));
        await courses.IdleAsync();

        Assert.True(answer.Accepted);
        Assert.Equal(answer, await courses.AnswerAsync(courseId, submission));
        Assert.Single((await courses.StateAsync(courseId)).Occurrences);
    }

    [Fact]
    public async Task RequestThatLeavesTheNextDeadline_KeepsTheLoopsTimer()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "timer");
        var timersBefore = courses.Histories.Of(courseId.ToString("D")).OfType<DurableTask.Core.History.TimerCreatedEvent>().Count();
        var nextDue = (await courses.Orchestrations.GetAsync(courseId))!.Status!.NextDue;
        await courses.AdvanceToAsync(At("2026-09-07T12:00:00+02:00"));

        var acknowledged = await courses.Service.SubmitAsync(courseId, new CourseCommand.Acknowledge(Domain.Vocabulary.DeadlineKind.Contact, 0, "no warning yet", "v"), "visitator");
        Assert.False((await courses.AnswerAsync(courseId, acknowledged)).Accepted);
        await courses.IdleAsync();

        Assert.Equal(nextDue, (await courses.Orchestrations.GetAsync(courseId))!.Status!.NextDue);
        Assert.Equal(timersBefore, courses.Histories.Of(courseId.ToString("D")).OfType<DurableTask.Core.History.TimerCreatedEvent>().Count());
    }

    [Fact]
    public async Task RequestStillWaitingWhenTheCourseEnds_IsAnsweredWithTheRefusal()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "ending");
        await courses.AdvanceToAsync(At("2026-09-08T12:00:00+02:00"));

        var cancel = await courses.SubmitAsync(courseId, new CourseCancelled(At("2026-09-08T11:00:00+02:00"), "flyttet"));
        var contact = await courses.SubmitAsync(courseId, new CitizenContacted(At("2026-09-08T11:30:00+02:00")));

        Assert.True((await courses.AnswerAsync(courseId, cancel)).Accepted);
        var refused = await courses.AnswerAsync(courseId, contact);
        Assert.False(refused.Accepted);
        Assert.Contains("the course has ended", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestThatCannotBeRead_IsSkipped_AndTheCourseKeepsItsDeadlines()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("mariagerfjord/sel86-1", Referral.Application(Received), "unreadable");
        var nextDue = (await courses.Orchestrations.GetAsync(courseId))!.Status!.NextDue!.Value;

        await courses.Orchestrations.RaiseAsync(courseId, new Workflows.Serialization.RaisedRequest("never-stored", nameof(CitizenContacted), Received));
        await courses.IdleAsync();
        await courses.AdvanceToAsync(NodaTime.Instant.FromDateTimeOffset(nextDue));

        var status = (await courses.Orchestrations.GetAsync(courseId))!.Status!;
        Assert.False(status.Faulted);
        Assert.NotEqual(nextDue, status.NextDue);
        Assert.False((await courses.Service.AwaitAnswerAsync(courseId, "never-stored", TimeSpan.FromSeconds(5)))!.Accepted);
    }
}
