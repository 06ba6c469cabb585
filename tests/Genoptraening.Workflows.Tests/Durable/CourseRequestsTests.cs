using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Tests.Durable.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Durable.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Durable;

/// <summary>A request the course's step has not answered within the bound is pending, with its own status, and answered later.</summary>
public class CourseRequestsTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");

    [Fact]
    public async Task StepSlowerThanTheBound_RequestIsPending_ThenItsStatusGivesTheAnswer()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var requests = courses.Services.GetRequiredService<CourseRequests>();
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "application:rebild/SLOW-1");
        courses.Events.CloseGate();

        var result = await requests.RecordAsync(courseId, new Occurrence.CitizenContacted(Received), _ => true);
        var pending = Assert.IsType<RequestResult.Pending>(result);
        Assert.IsType<RequestResult.Pending>(await requests.StatusAsync(courseId, pending.RequestId, _ => true));
        courses.Events.OpenGate();
        await courses.IdleAsync();

        var answered = Assert.IsType<RequestResult.Accepted>(await requests.StatusAsync(courseId, pending.RequestId, _ => true));
        Assert.Contains(answered.Course.State.Occurrences, o => o.Type == OccurrenceType.CitizenContacted);
        Assert.IsType<RequestResult.NotFound>(await requests.StatusAsync(courseId, pending.RequestId, _ => false));
        Assert.IsType<RequestResult.NotFound>(await requests.StatusAsync(courseId, "no-such-request", _ => true));
    }
}
