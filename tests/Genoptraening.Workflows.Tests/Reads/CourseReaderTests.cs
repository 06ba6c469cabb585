using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Reads;

/// <summary>A course reads the same before its start step is taken as after: intake need not wait for the step.</summary>
public class CourseReaderTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");

    [Fact]
    public async Task ClaimedCourse_ReadsBeforeItsStartStepAsTheStepWritesIt()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var reader = courses.Services.GetRequiredService<CourseReader>();
        var referral = Referral.Plan(Received - Duration.FromHours(2), D("2026-05-07"));
        var courseId = CourseIds.For("plan:5790000000001/READ-1");
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), referral.ReceivedDate)!;
        await courses.Events.TryCreateAsync(courseId, StoredRequest.Of(RaisedRequest.Start, Received, new CourseCommand.StartCourse(rules, referral), "dev-hospital-a"), "plan:5790000000001/READ-1");

        var starting = await reader.LoadAsync(courseId);
        await courses.Orchestrations.StartAsync(courseId, new RaisedRequest(RaisedRequest.Start, RaisedRequest.Start, referral.ReceivedAt));
        await courses.IdleAsync();
        var started = await reader.LoadAsync(courseId);

        Assert.NotNull(starting);
        Assert.NotNull(started);
        Assert.Equal(4, starting.Version);
        Assert.Equal(started.Stored, starting.Stored);
        Assert.Equal(started.State.Deadlines, starting.State.Deadlines);
        Assert.Equal(started.State.NextTimer, starting.State.NextTimer);
        Assert.Equal("plan:5790000000001/READ-1", starting.ReferralKey);
        Assert.Equal("rebild", starting.Municipality);
    }

    [Fact]
    public async Task UnknownAndPurgedCourses_AreNotRead()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var reader = courses.Services.GetRequiredService<CourseReader>();
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/READ-2");

        Assert.NotNull(await reader.LoadAsync(courseId));
        Assert.True(await courses.Services.GetRequiredService<CoursePurge>().PurgeAsync(courseId, "dev-admin"));
        Assert.Null(await reader.LoadAsync(courseId));
        Assert.Null(await reader.LoadAsync(Guid.NewGuid()));
    }
}
