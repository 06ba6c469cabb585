using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Requests;

/// <summary>
/// The one course service: a command is answered with the course as it now stands, reading the course's partition
/// twice; one the step has not answered within the bound is pending, with its own status, and answered later.
/// </summary>
public class CourseServiceTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");

    [Fact]
    public async Task SendAsync_AnEvent_IsAnsweredWithTheCourse_ReadingItsPartitionTwice()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/READS-1");

        CourseAnswer answer;
        using (var reads = PartitionReadCounter.Count())
        {
            answer = await courses.Service.SendAsync(courseId, new CourseCommand.Record(new Occurrence.CitizenContacted(Received)), "visitator", _ => true);
            Assert.Equal(2, reads.Reads);
        }

        var accepted = Assert.IsType<CourseAnswer.Accepted>(answer);
        Assert.Contains(accepted.Course.State.Occurrences, o => o.Type == OccurrenceType.CitizenContacted);
    }

    [Fact]
    public async Task SendAsync_ARefusedAcknowledgement_IsAnsweredWithItsCodeAndTheCourse_ReadingItsPartitionTwice()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/READS-2");

        using var reads = PartitionReadCounter.Count();
        var answer = await courses.Service.SendAsync(courseId, new CourseCommand.Acknowledge(DeadlineKind.Contact, 0, "nothing to see", "v"), "visitator", _ => true);

        var refused = Assert.IsType<CourseAnswer.Refused>(answer);
        Assert.Equal(RejectionCode.NoSuchAlert, refused.Rejection.Code);
        Assert.Equal(courseId, refused.Course.Id);
        Assert.Equal(2, reads.Reads);
    }

    [Fact]
    public async Task SendAsync_ToACourseTheCallerMayNotActOn_IsNotFound_AndStoresNothing()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/NOT-MINE");
        var versionBefore = (await courses.Events.LoadAsync(courseId))!.Version;

        var answer = await courses.Service.SendAsync(courseId, new CourseCommand.Record(new Occurrence.CitizenContacted(Received)), "visitator", _ => false);

        Assert.IsType<CourseAnswer.NotFound>(answer);
        await courses.IdleAsync();
        Assert.Equal(versionBefore, (await courses.Events.LoadAsync(courseId))!.Version);
    }

    [Fact]
    public async Task SendAsync_AcknowledgingAnAlertStillOpenOnAnEndedCourse_IsRefusedAtOnceAsEnded()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/ENDED-OPEN");
        await courses.AdvanceToAsync(Received + Duration.FromDays(30));
        var open = (await courses.StateAsync(courseId)).OpenAlerts.First();
        Assert.True((await courses.RecordAsync(courseId, new Occurrence.CourseCancelled(Received + Duration.FromDays(30), "flyttet"))).Accepted);

        var answer = await courses.Service.SendAsync(courseId, new CourseCommand.Acknowledge(open.Kind, open.Level, "set", "v"), "visitator", _ => true);

        var refused = Assert.IsType<CourseAnswer.Refused>(answer);
        Assert.Equal((RejectionCode.Ended, "cancelled"), (refused.Rejection.Code, refused.Rejection.Args[0]));
    }

    [Fact]
    public async Task StepSlowerThanTheBound_RequestIsPending_ThenItsStatusGivesTheAnswer()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var service = courses.Services.GetRequiredService<CourseService>();
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/SLOW-1");
        courses.Events.CloseGate();

        var result = await service.SendAsync(courseId, new CourseCommand.Record(new Occurrence.CitizenContacted(Received)), "visitator", _ => true);
        var pending = Assert.IsType<CourseAnswer.Pending>(result);
        Assert.IsType<CourseAnswer.Pending>(await service.StatusAsync(courseId, pending.RequestId, _ => true));
        courses.Events.OpenGate();
        await courses.IdleAsync();

        var answered = Assert.IsType<CourseAnswer.Accepted>(await service.StatusAsync(courseId, pending.RequestId, _ => true));
        Assert.Contains(answered.Course.State.Occurrences, o => o.Type == OccurrenceType.CitizenContacted);
        Assert.IsType<CourseAnswer.NotFound>(await service.StatusAsync(courseId, pending.RequestId, _ => false));
        Assert.IsType<CourseAnswer.NotFound>(await service.StatusAsync(courseId, "no-such-request", _ => true));
    }
}
