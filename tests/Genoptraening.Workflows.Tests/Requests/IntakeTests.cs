using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Requests;

/// <summary>Intake: one course per referral, also when the intake that claimed it died before starting it.</summary>
public class IntakeTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");

    private static StartCourseRequest Plan(string key) =>
        new(TestCatalog.Id("rebild/sul140"), Referral.Plan(Received, D("2026-05-08")), key, new PersonalData("0101501234", null));

    [Fact]
    public async Task ClaimWhoseIntakeDied_TheSamePlanLater_StartsTheCourse()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var plan = Plan("sender/died");
        var courseId = CourseIds.For(plan.ReferralKey!);
        var rules = TestCatalog.Instance.VersionFor(plan.Standard, plan.Referral.ReceivedDate)!;
        Assert.True(await courses.Events.TryCreateAsync(courseId, StoredRequest.Of(RaisedRequest.Start, Received, new CourseCommand.StartCourse(rules, plan.Referral), "dev-hospital-a")));

        var tooSoon = await courses.Intake.StartAsync(plan);
        await courses.AdvanceToAsync(Received + Duration.FromSeconds(31));
        var later = await courses.Intake.StartAsync(plan);

        Assert.False(tooSoon.Created);
        Assert.True(later.Created);
        Assert.True((await courses.AnswerAsync(courseId, RaisedRequest.Start)).Accepted);
        Assert.Equal("0101501234", (await courses.PersonalData.LoadAsync(courseId))!.Cpr);
        Assert.False((await courses.Intake.StartAsync(plan)).Created);
    }

    [Fact]
    public async Task TheCourse_IsListedWhenIntakeAnswers_BeforeItsStartStep_AndTheStepPublishesTheSameRow()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        using var stepMayDecide = new ManualResetEventSlim();
        await courses.RedeployAsync((state, command, at) =>
        {
            stepMayDecide.Wait();
            return CourseDecider.Decide(state, command, at);
        });
        CourseSummary listed;
        Guid courseId;
        try
        {
            courseId = (await courses.Intake.StartAsync(Plan("sender/listed"))).CourseId!.Value;
            listed = Assert.Single((await courses.ReadModel.ListAsync(new CourseListQuery("rebild", null, null, 10))).Items);
        }
        finally
        {
            stepMayDecide.Set();
        }

        await courses.AnswerAsync(courseId, RaisedRequest.Start);
        await courses.IdleAsync();
        Assert.Equal((courseId, 1), (listed.CourseId, listed.Step));
        Assert.Equal(listed, await courses.ReadModel.FindAsync("rebild", courseId));
    }

    [Fact]
    public async Task RequestToACourseNotYetStarted_WaitsForItsStart()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var plan = Plan("sender/waiting");
        var courseId = (await courses.Intake.StartAsync(plan)).CourseId!.Value;

        var contact = await courses.SubmitAsync(courseId, new Occurrence.CitizenContacted(Received));

        Assert.Null(contact!.RefusedAtOnce);
        Assert.True((await courses.AnswerAsync(courseId, contact)).Accepted);
    }
}
