using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Steps;

/// <summary>
/// A course whose timers fire late (the host was down, or the backend was slow) gets the history of
/// one whose timers fired on time: what a step decides comes from the due instants, not from when it ran.
/// </summary>
public class LateStepTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");
    private static readonly Instant Until = At("2026-07-01T12:00:00+02:00");

    [Fact]
    public async Task TimersFiringWeeksLate_GiveTheHistoryOfTimersFiringOnTime()
    {
        await using var punctual = await DurableCourses.StartAsync(Received);
        await using var late = await DurableCourses.StartAsync(Received);
        var referral = Referral.Plan(Received, D("2026-05-08"));
        var onTime = await punctual.StartCourseAsync("rebild/sul140", referral, "5790000000001/LATE-1");
        var weeksLate = await late.StartCourseAsync("rebild/sul140", referral, "5790000000001/LATE-1");

        for (var now = Received; now < Until; now += Duration.FromHours(6))
        {
            await punctual.AdvanceToAsync(now);
        }

        await punctual.AdvanceToAsync(Until);
        await late.AdvanceToAsync(Until);

        var expected = await EventsAsync(punctual, onTime);
        Assert.True(expected.Count > 5, $"the course should have breached its deadlines: {expected.Count} events");
        Assert.Equal(expected, await EventsAsync(late, weeksLate));
    }

    /// <summary>The events without the step that wrote them: a late course needs fewer steps for the same events.</summary>
    private static async Task<List<(int Version, string Type, string Data)>> EventsAsync(DurableCourses courses, Guid courseId) =>
        (await courses.Events.LoadAsync(courseId))!.Events.Select(e => (e.Version, e.Type, e.Data)).ToList();
}
