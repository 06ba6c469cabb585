using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Steps;

/// <summary>A deployment that changes the rules' code while courses are in flight.</summary>
public class DeploymentTests
{
    private static readonly Instant Received = At("2026-09-07T10:00:00+02:00");

    [Fact]
    public async Task NewRulesCode_BetweenTwoSteps_AppliesFromTheNextStep_AndReDecidesNothing()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Referral.Application(Received), "deployed");
        await courses.AdvanceToAsync(At("2026-09-07T16:00:00+02:00"));
        Assert.True((await courses.RecordAsync(courseId, new CitizenContacted(At("2026-09-07T11:00:00+02:00")))).Accepted);
        var before = (await courses.Events.LoadAsync(courseId))!.Events;
        var newRules = new RulesOfTheNextRelease();

        await courses.RedeployAsync(newRules.Decide);
        var visitated = await courses.RecordAsync(courseId, new Visitated(At("2026-09-07T12:00:00+02:00"), true, TrainingLevel.Basal));
        var providerContacted = await courses.RecordAsync(courseId, new ProviderContacted(At("2026-09-07T13:00:00+02:00")));

        Assert.True(visitated.Accepted);
        Assert.False(providerContacted.Accepted);
        Assert.Equal(RulesOfTheNextRelease.Reason, providerContacted.Reason);
        Assert.Equal(2, newRules.Decisions);
        var after = (await courses.Events.LoadAsync(courseId))!.Events;
        Assert.Equal(before, after.Take(before.Count));
        Assert.True((await courses.Orchestrations.GetAsync(courseId))!.IsRunning);
    }

    /// <summary>The rules as a later release might have them: provider contact must now go through another system.</summary>
    private sealed class RulesOfTheNextRelease
    {
        public const string Reason = "provider contact is now recorded in the provider's own system";
        private int decisions;

        public int Decisions => decisions;

        public Decision Decide(CourseState state, CourseCommand command, Instant now)
        {
            Interlocked.Increment(ref decisions);
            return command is CourseCommand.Record { Occurrence: ProviderContacted }
                ? new Decision.Rejected(RejectionCode.UncodedNotAllowed, [Reason])
                : CourseDecider.Decide(state, command, now);
        }
    }
}
