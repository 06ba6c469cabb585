using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Tests.Support;
using Newtonsoft.Json;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Orchestration;

/// <summary>Durable Task's history is plain text: no CPR number, name or free text may enter it.</summary>
public class PersonalDataTests
{
    private const string Cpr = "0101501234";
    private const string PlanText = "Jens Hansen, Storegade 1, har brug for genoptræning af knæet";
    private const string Comment = "Ringet til Jens Hansen om kontakten";
    private const string Continuation = "Fortsætter på Jens Hansens eget hold";

    [Fact]
    public async Task CourseWithCprAndTexts_LeavesNoneOfThemInDurableTasksHistoryStatusOrOutput()
    {
        var received = At("2026-05-08T10:00:00+02:00");
        await using var courses = await DurableCourses.StartAsync(received);
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(received, D("2026-05-08")), "pii", new PersonalData(Cpr, PlanText));
        await courses.AdvanceToAsync(At("2026-05-11T09:00:00+02:00"));
        var ack = await courses.Service.SubmitAsync(courseId, new CourseCommand.Acknowledge(DeadlineKind.Contact, 0, Comment, "visitator-1"), "visitator");
        Assert.True((await courses.AnswerAsync(courseId, ack)).Accepted);
        await courses.RecordAsync(courseId, new CitizenContacted(At("2026-05-11T09:00:00+02:00")));
        await courses.AdvanceToAsync(At("2026-05-11T10:00:00+02:00"));
        await courses.RecordAsync(courseId, new TrainingStarted(At("2026-05-11T10:00:00+02:00")));
        await courses.AdvanceToAsync(At("2026-07-01T10:00:00+02:00"));
        Assert.True((await courses.RecordAsync(courseId, new CourseCompleted(At("2026-07-01T10:00:00+02:00"), true, Continuation))).Accepted);
        await courses.IdleAsync();

        var state = (await courses.Orchestrations.GetAsync(courseId))!;
        var durable = string.Join('\n', [
            JsonConvert.SerializeObject(courses.Histories.Of(courseId.ToString("D"))),
            .. courses.Histories.ActivityInputs,
            state.Output ?? "",
            JsonConvert.SerializeObject(state.Status),
        ]);
        Assert.Equal("Completed", state.RuntimeStatus);
        Assert.Contains("CourseStepActivity", durable, StringComparison.Ordinal);
        foreach (var secret in new[] { Cpr, "Jens", "Hansen", PlanText, Comment, Continuation })
        {
            Assert.DoesNotContain(secret, durable, StringComparison.Ordinal);
        }

        Assert.Equal(Cpr, (await courses.PersonalData.LoadAsync(courseId))!.Cpr);
        Assert.Contains(Continuation, ((CourseCompleted)(await courses.StateAsync(courseId)).Occurrences[^1]).Continuation, StringComparison.Ordinal);
    }
}
